/** Connection settings name what the user gave: the CLI's flag and the value as typed, else the variable. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArtefactsError } from '@immutable-artefacts/core';
import { connectionFromEnv, type ConnectionFlags } from '../../src/oci/connection.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'connection-'));
  writeFileSync(join(dir, 'file.txt'), 'hello\n');
  writeFileSync(join(dir, 'cosign.pub'), '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function messageOf(env: Record<string, string>, flags?: ConnectionFlags): string {
  try {
    connectionFromEnv(env, flags);
  } catch (error) {
    if (error instanceof ArtefactsError) return error.message;
    throw error;
  }
  throw new Error('expected an error');
}

describe('a connection setting given as a flag is named as that flag', () => {
  it.each([
    ['ARTEFACTS_CA_FILE', '--ca-file', 'file.txt', /^--ca-file "file\.txt" is not a CA certificate in PEM/],
    [
      'ARTEFACTS_CLIENT_CERT',
      '--client-cert',
      'cosign.pub',
      /^--client-cert "cosign\.pub" is not a client certificate/,
    ],
  ] as const)('%s from %s', (variable, flag, typed, says) => {
    const env = { [variable]: join(dir, typed) };
    const message = messageOf(env, { [variable]: { flag, values: [typed] } });
    expect(message).toMatch(says);
    expect(message).not.toContain('ARTEFACTS_');
    // From the environment, the variable is named, with its value.
    expect(messageOf(env)).toMatch(new RegExp(`^${variable}=`));
  });

  it('--insecure-registry: the flag and the value typed, the bad host in it', () => {
    const flags: ConnectionFlags = {
      ARTEFACTS_INSECURE_REGISTRIES: { flag: '--insecure-registry', values: ['ok.local:5000', 'UPPER/ bad'] },
    };
    const message = messageOf({ ARTEFACTS_INSECURE_REGISTRIES: 'env.local,ok.local:5000,UPPER/ bad' }, flags);
    expect(message).toMatch(/^--insecure-registry "UPPER\/ bad": "UPPER\/" is not a registry host/);
    // A bad host from the environment's own value names the variable.
    expect(messageOf({ ARTEFACTS_INSECURE_REGISTRIES: 'http://x,ok.local' }, flags)).toMatch(
      /^ARTEFACTS_INSECURE_REGISTRIES: "http:\/\/x"/,
    );
    // The host rule is the references' one: a port out of range is no registry host either.
    expect(messageOf({ ARTEFACTS_INSECURE_REGISTRIES: 'reg.local:99999' })).toMatch(
      /^ARTEFACTS_INSECURE_REGISTRIES: "reg\.local:99999" is not a registry host/,
    );
  });
});

describe('ARTEFACTS_REGISTRY_TIMEOUT (--registry-timeout): seconds a registry may send nothing', () => {
  it('takes a number of seconds above 0, fractions too, as the idle time in milliseconds', () => {
    expect(connectionFromEnv({ ARTEFACTS_REGISTRY_TIMEOUT: '90' })).toEqual({ timeoutMs: 90_000 });
    expect(connectionFromEnv({ ARTEFACTS_REGISTRY_TIMEOUT: ' 2.5 ' })).toEqual({ timeoutMs: 2_500 });
    expect(connectionFromEnv({ ARTEFACTS_REGISTRY_TIMEOUT: '' })).toEqual({});
  });

  it.each(['abc', '0', '-5', '1e3', '10s', '86401'])('refuses %j, naming the flag or the variable', (value) => {
    const flags: ConnectionFlags = { ARTEFACTS_REGISTRY_TIMEOUT: { flag: '--registry-timeout', values: [value] } };
    const shown = JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(messageOf({ ARTEFACTS_REGISTRY_TIMEOUT: value }, flags)).toMatch(
      new RegExp(
        `^--registry-timeout ${shown}: expected a number of seconds above 0 and at most 86400 \\(default 120\\)`,
      ),
    );
    expect(messageOf({ ARTEFACTS_REGISTRY_TIMEOUT: value })).toMatch(
      new RegExp(`^ARTEFACTS_REGISTRY_TIMEOUT=${shown}:`),
    );
  });
});
