import { describe, expect, it } from '@jest/globals';
import { ArtefactsError, parseBuildTagInputs } from '@immutable-artefacts/core';
import { parseImageName } from '../../src/version/image-name.js';
import { parseRemoteUrl } from '../../src/version/build-tag.js';

/** Raw inputs with action.yml's defaults, as the runner (or the CLI) applies them. */
const defaults: Record<string, string> = {
  template: '{{version}}-{{run_number}}-{{sha7}}',
  'annotation-levels': 'manifest',
  'sha-length': '7',
  'push-git-tag': 'false',
  'annotated-tag': 'false',
  'tag-prefix': 'v',
  'move-major-tag': 'false',
  latest: 'auto',
  'export-env': 'true',
};
const raw = (values: Record<string, string>) => (name: string) => ({ ...defaults, ...values })[name] ?? '';

function caught(fn: () => unknown): ArtefactsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArtefactsError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('build-tag inputs', () => {
  it('parses a full set', () => {
    const inputs = parseBuildTagInputs(
      raw({
        version: 'v1.4.0',
        images: 'ghcr.io/acme/app\nlocalhost:5000/acme/app, docker.io/library/nginx',
        tags: 'type=sha\ntype=pr',
        labels: 'org.opencontainers.image.vendor=Acme\ncom.acme.team=platform',
        annotations: 'index:com.acme.note=hello\ncom.acme.all=1',
        'annotation-levels': 'manifest,index',
        'sha-length': '12',
      }),
    );
    expect(inputs.version).toBe('1.4.0');
    expect(inputs.images).toEqual(['ghcr.io/acme/app', 'localhost:5000/acme/app', 'docker.io/library/nginx']);
    expect(inputs.tagRules.map((r) => r.line)).toEqual([
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=semver,pattern={{major}}',
      'type=sha',
      'type=pr',
    ]);
    expect(inputs.labels).toEqual({ 'org.opencontainers.image.vendor': 'Acme', 'com.acme.team': 'platform' });
    expect(inputs.annotations).toEqual([
      { level: 'index', key: 'com.acme.note', value: 'hello' },
      { level: undefined, key: 'com.acme.all', value: '1' },
    ]);
    expect(inputs.annotationLevels).toEqual(['manifest', 'index']);
    expect(inputs.shaLength).toBe(12);
    expect(inputs.latest).toBe('auto');
    expect(inputs.exportEnv).toBe(true);
  });

  it.each([
    ['1.4.0', '1.4.0'],
    ['v2.0.0-rc.1', '2.0.0-rc.1'],
    ['1.4.0+build.7', '1.4.0+build.7'],
  ])('accepts the version %s as %s', (given, expected) => {
    expect(parseBuildTagInputs(raw({ version: given })).version).toBe(expected);
  });

  it('strips a custom tag prefix from the version (tag-push pipelines)', () => {
    expect(parseBuildTagInputs(raw({ version: 'app-v3.1.0', 'tag-prefix': 'app-v' })).version).toBe('3.1.0');
  });

  it('leaves an empty version to be computed', () => {
    expect(parseBuildTagInputs(raw({})).version).toBeUndefined();
  });

  it.each([
    ['version', '1.4'],
    ['version', '01.4.0'],
    ['version', 'latest'],
    ['template', '{{version}}-{{commit}}'],
    ['images', 'name=acme/app,enable=maybe'],
    ['images', 'name=acme/app,platform=linux'],
    ['flavor', 'latest=sometimes'],
    ['flavor', 'colour=blue'],
    ['context', 'env'],
    ['images', 'ghcr.io/acme/app:1.0'],
    ['images', 'acme/app@sha256:abc'],
    ['images', 'acme//app'],
    ['images', 'bad_host_name.io:x/app'],
    ['sha-length', '3'],
    ['sha-length', '41'],
    ['sha-length', 'seven'],
    ['tag-prefix', 'release v'],
    ['tag-prefix', 'v..'],
    ['latest', 'sometimes'],
    ['push-git-tag', 'yes please'],
    ['labels', 'no-equals-sign'],
    ['annotations', 'bogus:level key=value'],
    ['annotation-levels', 'manifest,layer'],
    ['tags', 'type=unknown'],
  ])('rejects %s=%s naming the input', (input, value) => {
    const error = caught(() => parseBuildTagInputs(raw({ [input]: value })));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toContain(`Input '${input}'`);
  });
});

describe('images as docker/metadata-action reads them', () => {
  it('lower-cases names (ghcr.io/${{ github.repository }} with an upper-case owner) and says so', () => {
    const inputs = parseBuildTagInputs(raw({ images: 'ghcr.io/Acme/Widgets\nAcme/App' }));
    expect(inputs.images).toEqual(['ghcr.io/acme/widgets', 'acme/app']);
    expect(inputs.imageNotes).toEqual([
      'Image name ghcr.io/Acme/Widgets lower-cased to ghcr.io/acme/widgets (repository names are lower-case).',
      'Image name Acme/App lower-cased to acme/app (repository names are lower-case).',
    ]);
  });

  it('takes name=,enable= entries and plain names, one per line or comma-separated', () => {
    const inputs = parseBuildTagInputs(
      raw({ images: 'name=ghcr.io/acme/app\nname=docker.io/acme/app,enable=false\nacme/one,acme/two' }),
    );
    expect(inputs.images).toEqual(['ghcr.io/acme/app', 'acme/one', 'acme/two']);
    expect(inputs.imageNotes).toEqual(['Image docker.io/acme/app: enable=false, no tags for it.']);
  });
});

describe('image names (docker reference grammar)', () => {
  it.each([
    ['nginx', undefined, 'nginx'],
    ['acme/app', undefined, 'acme/app'],
    ['ghcr.io/acme/app', 'ghcr.io', 'acme/app'],
    ['localhost/app', 'localhost', 'app'],
    ['localhost:5000/a.b/c__d/e-f---g', 'localhost:5000', 'a.b/c__d/e-f---g'],
    ['Registry.Example.COM/app', 'Registry.Example.COM', 'app'],
    ['[::1]:5000/app', '[::1]:5000', 'app'],
    ['127.0.0.1:5000/team/app', '127.0.0.1:5000', 'team/app'],
    ['reg:65535/x', 'reg:65535', 'x'],
  ])('accepts %s', (name, domain, path) => {
    expect(parseImageName(name)).toEqual({ name, domain, path });
  });

  it.each([
    '',
    'App',
    'acme/-app',
    'acme/app-',
    'acme/a..b',
    'acme/a___b',
    'ghcr.io/acme/app:v1',
    '-host.io/app',
    `a/${'b'.repeat(260)}`,
  ])('rejects %j', (name) => {
    expect(caught(() => parseImageName(name)).code).toBe('INPUT_INVALID');
  });

  it.each([
    ['reg:99999/x', /the registry port 99999 is out of range/],
    ['reg:0/x', /the registry port 0 is out of range/],
    ['ghcr.io/acme/app@sha256:' + 'a'.repeat(64), /It carries a digest/],
    ['oci:layout', /It names an OCI image layout/],
  ])('refuses %s with the reason every other action gives', (name, why) => {
    const error = caught(() => parseImageName(name));
    expect(error.message).toMatch(/^Input 'images': got .*; expected an image name without tag or digest/);
    expect(error.hint).toMatch(why);
  });

  it('refuses an out-of-range port in the images input, as the reference parser of every other action does', () => {
    const error = caught(() => parseBuildTagInputs(raw({ images: 'reg:99999/x' })));
    expect(error.message).toBe(
      `Input 'images': got "reg:99999/x"; expected an image name without tag or digest, e.g. ghcr.io/acme/app or docker.io/library/nginx.`,
    );
    expect(error.hint).toBe('Invalid image reference "reg:99999/x": the registry port 99999 is out of range.');
  });

  it('suggests the lower-case name', () => {
    expect(caught(() => parseImageName('ghcr.io/acme/MyApp')).hint).toContain("did you mean 'ghcr.io/acme/myapp'");
  });
});

describe('git remote URLs (labels outside GitHub)', () => {
  it.each([
    ['git@github.com:acme/widgets.git', { host: 'github.com', owner: 'acme', repo: 'widgets' }],
    ['https://github.com/acme/widgets', { host: 'github.com', owner: 'acme', repo: 'widgets' }],
    [
      'https://x-access-token:ghs_secret@github.com/acme/widgets.git',
      { host: 'github.com', owner: 'acme', repo: 'widgets' },
    ],
    ['ssh://git@ghe.example.com:2222/team/app.git/', { host: 'ghe.example.com', owner: 'team', repo: 'app' }],
    ['https://gitlab.example.com/group/sub/app.git', { host: 'gitlab.example.com', owner: 'group/sub', repo: 'app' }],
  ])('%s', (url, expected) => {
    expect(parseRemoteUrl(url)).toEqual(expected);
  });

  it.each(['/srv/git/app.git', 'file:///srv/git/app.git', 'app'])('is undefined for the local path %s', (url) => {
    expect(parseRemoteUrl(url)).toBeUndefined();
  });
});
