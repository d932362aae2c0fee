import { describe, expect, it } from '@jest/globals';
import { ArtefactsError, formatReference, parseReference, referrersTag } from '@immutable-artefacts/core';
import { thrownBy } from '../../../../test/harness/failures.js';

const D = `sha256:${'a'.repeat(64)}`;

const codeOf = (fn: () => unknown) => thrownBy(fn, ArtefactsError);

describe('image references', () => {
  it.each([
    ['alpine', 'docker.io', 'registry-1.docker.io', 'library/alpine', undefined, undefined],
    ['alpine:3.20', 'docker.io', 'registry-1.docker.io', 'library/alpine', '3.20', undefined],
    ['docker.io/acme/app:v1', 'docker.io', 'registry-1.docker.io', 'acme/app', 'v1', undefined],
    ['index.docker.io/library/nginx', 'docker.io', 'registry-1.docker.io', 'library/nginx', undefined, undefined],
    ['ghcr.io/acme/team/app:1.4.0-87-3f9c2ab', 'ghcr.io', 'ghcr.io', 'acme/team/app', '1.4.0-87-3f9c2ab', undefined],
    ['localhost/app', 'localhost', 'localhost', 'app', undefined, undefined],
    ['localhost:5000/a/b:t', 'localhost:5000', 'localhost:5000', 'a/b', 't', undefined],
    [`127.0.0.1:5000/app@${D}`, '127.0.0.1:5000', '127.0.0.1:5000', 'app', undefined, D],
    [`reg.example.com/app:v2@${D}`, 'reg.example.com', 'reg.example.com', 'app', 'v2', D],
    ['acme/app_x__y.z-w', 'docker.io', 'registry-1.docker.io', 'acme/app_x__y.z-w', undefined, undefined],
  ])('parses %s', (input, registry, host, repository, tag, digest) => {
    const ref = parseReference(input);
    expect(ref).toEqual({ kind: 'registry', registry, host, repository, tag, digest });
  });

  it('formats the canonical form and round-trips it', () => {
    const ref = parseReference(`alpine:3@${D}`);
    expect(formatReference(ref)).toBe(`docker.io/library/alpine:3@${D}`);
    expect(parseReference(formatReference(ref))).toEqual(ref);
    expect(formatReference(ref, { tag: undefined })).toBe(`docker.io/library/alpine@${D}`);
  });

  it.each([
    ['oci:./out', './out', undefined, undefined],
    ['oci:/tmp/layout:v1', '/tmp/layout', 'v1', undefined],
    [`oci:/tmp/layout@${D}`, '/tmp/layout', undefined, D],
    ['oci:dir.with:colon/x', 'dir.with:colon/x', undefined, undefined],
  ])('parses the layout reference %s', (input, path, tag, digest) => {
    expect(parseReference(input)).toEqual({ kind: 'layout', path, tag, digest });
  });

  it.each([
    ['', 'reference'],
    ['Acme/App', 'component'],
    ['acme/app:', 'tag'],
    ['acme/app:bad+tag', 'tag'],
    [`acme/app@sha256:${'A'.repeat(64)}`, 'digest'],
    ['acme/app@sha256:1234', 'digest'],
    ['reg.example.com:99999/app', 'port'],
    ['reg..example.com/app', 'registry'],
    ['acme//app', 'component'],
    ['acme/-app', 'component'],
    ['oci:', 'layout directory'],
    [`acme/${'a'.repeat(260)}`, 'longer than 255'],
    ['acme/app:' + 't'.repeat(129), 'tag'],
  ])('refuses %j naming the %s', (input, part) => {
    const { code, message } = codeOf(() => parseReference(input));
    expect(code).toBe('REFERENCE_INVALID');
    expect(message).toContain(part);
  });

  it('names the fallback referrers tag', () => {
    expect(referrersTag(D)).toBe(`sha256-${'a'.repeat(64)}`);
    expect(codeOf(() => referrersTag('sha256:zz')).code).toBe('REFERENCE_INVALID');
  });
});
