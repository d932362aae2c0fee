/**
 * package-url builder, per the purl specification (PURL-SPECIFICATION.rst "How to build") and the
 * type rules in PURL-TYPES.rst. Builders normalise per type, percent-encode each component, drop
 * empty qualifiers and sort the rest, so one package always has one purl string.
 */
import type { Ecosystem } from './model.js';

export interface PurlParts {
  readonly type: Ecosystem | 'oci' | 'github';
  /** Slash-separated segments (npm scope `@babel`, maven groupId, golang module path minus the last element, deb vendor). */
  readonly namespace?: string | undefined;
  readonly name: string;
  readonly version?: string | undefined;
  readonly qualifiers?: Readonly<Record<string, string | undefined>>;
  readonly subpath?: string | undefined;
}

/** encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ) alone; the spec also keeps ':' in namespace/version. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment);
}

function encodeNamespace(namespace: string): string {
  return namespace
    .split('/')
    .filter((s) => s !== '')
    .map((s) => encodeSegment(s).replace(/%3A/g, ':'))
    .join('/');
}

function encodeVersion(version: string): string {
  return encodeSegment(version).replace(/%3A/g, ':').replace(/%2B/g, '+');
}

function encodeQualifierValue(value: string): string {
  // application/x-www-form-urlencoded, then spaces as %20 (as the reference implementation writes them).
  const params = new URLSearchParams();
  params.set('k', value);
  return params.toString().slice(2).replace(/\+/g, '%20');
}

/** Type-specific normalisation from PURL-TYPES.rst. */
function normalise(parts: PurlParts): { namespace: string | undefined; name: string } {
  let namespace = parts.namespace?.replace(/^\/+|\/+$/g, '');
  let name = parts.name.replace(/^\/+|\/+$/g, '');
  if (namespace === '') namespace = undefined;
  switch (parts.type) {
    case 'npm':
    case 'deb':
    case 'apk':
    case 'github':
      namespace = namespace?.toLowerCase();
      name = name.toLowerCase();
      break;
    case 'pypi':
      namespace = namespace?.toLowerCase();
      name = name.toLowerCase().replace(/_/g, '-');
      break;
    case 'rpm':
      namespace = namespace?.toLowerCase();
      break;
    default:
      break;
  }
  return { namespace, name };
}

export function buildPurl(parts: PurlParts): string {
  if (parts.name.trim() === '') throw new Error(`purl: a ${parts.type} package needs a name`);
  const { namespace, name } = normalise(parts);
  let purl = `pkg:${parts.type}/`;
  if (namespace !== undefined) purl += `${encodeNamespace(namespace)}/`;
  purl += encodeSegment(name);
  if (parts.version !== undefined && parts.version !== '') purl += `@${encodeVersion(parts.version)}`;
  const qualifiers = Object.entries(parts.qualifiers ?? {})
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k.toLowerCase()}=${encodeQualifierValue(v)}`)
    .sort();
  if (qualifiers.length > 0) purl += `?${qualifiers.join('&')}`;
  if (parts.subpath !== undefined) {
    const segments = parts.subpath.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
    if (segments.length > 0) purl += `#${segments.map(encodeSegment).join('/')}`;
  }
  return purl;
}

/** npm: `@scope/name` → namespace `@scope` (encoded %40scope), name `name`. */
export function npmPurl(fullName: string, version: string): string {
  const slash = fullName.startsWith('@') ? fullName.indexOf('/') : -1;
  return slash > 0
    ? buildPurl({ type: 'npm', namespace: fullName.slice(0, slash), name: fullName.slice(slash + 1), version })
    : buildPurl({ type: 'npm', name: fullName, version });
}

/** golang: the module path's last element is the name, the rest the namespace. */
export function golangPurl(modulePath: string, version: string): string {
  const at = modulePath.lastIndexOf('/');
  return at > 0
    ? buildPurl({ type: 'golang', namespace: modulePath.slice(0, at), name: modulePath.slice(at + 1), version })
    : buildPurl({ type: 'golang', name: modulePath, version });
}

export function pypiPurl(name: string, version: string): string {
  return buildPurl({ type: 'pypi', name, version });
}

export function cargoPurl(name: string, version: string): string {
  return buildPurl({ type: 'cargo', name, version });
}

export function mavenPurl(groupId: string, artifactId: string, version: string, type?: string): string {
  return buildPurl({
    type: 'maven',
    namespace: groupId,
    name: artifactId,
    version,
    qualifiers: { type: type === 'jar' ? undefined : type },
  });
}

/**
 * OS packages: namespace = distro vendor (debian, ubuntu, alpine, fedora, …); qualifiers arch,
 * distro, epoch (rpm) and `upstream`: the source package, which vulnerability scanners match
 * advisories against (deb `name` or `name@version`, rpm the source rpm's file name, apk the origin).
 */
export function osPurl(
  type: 'deb' | 'apk' | 'rpm',
  vendor: string | undefined,
  name: string,
  version: string,
  qualifiers: {
    arch?: string | undefined;
    distro?: string | undefined;
    epoch?: string | undefined;
    upstream?: string | undefined;
  } = {},
): string {
  return buildPurl({ type, namespace: vendor, name, version, qualifiers });
}

/** PEP 503 name normalisation (used to match Python names across files, not for the purl). */
export function pep503(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
