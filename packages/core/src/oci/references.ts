/**
 * Image references: `registry/ns/repo:tag@sha256:…`, Docker Hub short forms, localhost and
 * host:port registries, and `oci:<dir>[:tag|@digest]` for a local OCI image layout.
 * Grammar from distribution/reference (the one every registry and docker CLI uses).
 */
import { ArtefactsError, inputError } from '../errors.js';

export const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
/** The key Docker writes into ~/.docker/config.json for Docker Hub. */
export const DOCKER_HUB_CONFIG_KEY = 'https://index.docker.io/v1/';

const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$/;

export interface RegistryReference {
  readonly kind: 'registry';
  /** The registry as people write it: `docker.io`, `ghcr.io`, `127.0.0.1:5000`. */
  readonly registry: string;
  /** The host (and port) the API is served on: `registry-1.docker.io` for Docker Hub. */
  readonly host: string;
  /** The repository path: `library/alpine`, `acme/app`. */
  readonly repository: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

export interface LayoutReference {
  readonly kind: 'layout';
  /** The layout directory as given. */
  readonly path: string;
  readonly tag: string | undefined;
  readonly digest: string | undefined;
}

export type ImageReference = RegistryReference | LayoutReference;

function invalid(given: string, part: string, why: string): ArtefactsError {
  const shown = given.length > 300 ? `${given.slice(0, 300)}…` : given;
  return new ArtefactsError('REFERENCE_INVALID', `Invalid image reference ${JSON.stringify(shown)}: ${part} ${why}.`, {
    hint: 'Expected [registry[:port]/]repository[:tag][@sha256:<64 hex>] or oci:<dir>[:tag|@sha256:<64 hex>].',
  });
}

export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

export function isTag(value: string): boolean {
  return TAG.test(value);
}

/** Checks a digest string, naming it when wrong. */
export function checkDigest(value: string, what = 'digest'): string {
  if (!DIGEST.test(value)) {
    throw new ArtefactsError(
      'REFERENCE_INVALID',
      `Invalid ${what} ${JSON.stringify(value.slice(0, 100))}: expected sha256:<64 lowercase hex>.`,
    );
  }
  return value;
}

function splitTagDigest(given: string, rest: string): { name: string; tag?: string; digest?: string } {
  let name = rest;
  let digest: string | undefined;
  const at = name.indexOf('@');
  if (at >= 0) {
    digest = name.slice(at + 1);
    name = name.slice(0, at);
    if (!DIGEST.test(digest)) {
      throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
    }
  }
  let tag: string | undefined;
  const colon = name.lastIndexOf(':');
  if (colon > name.lastIndexOf('/')) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
    if (!TAG.test(tag)) {
      throw invalid(
        given,
        `the tag ${JSON.stringify(tag)}`,
        'is not a valid tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127}; no "+")',
      );
    }
  }
  return { name, ...(tag === undefined ? {} : { tag }), ...(digest === undefined ? {} : { digest }) };
}

/**
 * The registry part of a name (no tag or digest), as written, or undefined when the name has none
 * (Docker Hub): its first component, when that holds a `.` or a `:`, is `localhost`, or has an
 * upper-case letter (docker's own splitDockerDomain rule).
 */
export function registryPart(name: string): string | undefined {
  const slash = name.indexOf('/');
  if (slash < 0) return undefined;
  const first = name.slice(0, slash);
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()
    ? first
    : undefined;
}

/** A repository path (`acme/app`, `library/alpine`): lower-case components separated by `/`. */
export function isRepositoryPath(value: string): boolean {
  return value !== '' && value.split('/').every((component) => COMPONENT.test(component));
}

/**
 * What is wrong with a registry host (`host[:port]`, as a reference's first component names it):
 * the part at fault and why, or undefined when it is a valid host with a port in range.
 */
export function registryHostProblem(host: string): { part: string; why: string } | undefined {
  if (!HOST.test(host)) return { part: `the registry ${JSON.stringify(host)}`, why: 'is not a valid host[:port]' };
  const port = /:([0-9]+)$/.exec(host)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) {
    return { part: `the registry port ${port}`, why: 'is out of range' };
  }
  return undefined;
}

/** Parses and normalises an image reference; throws REFERENCE_INVALID naming the wrong part. */
export function parseReference(input: string): ImageReference {
  const given = input.trim();
  if (given === '') throw invalid(input, 'the reference', 'is empty');
  if (given.startsWith('oci:')) return parseLayout(given);
  if (/\s/.test(given)) throw invalid(given, 'the reference', 'contains whitespace');
  const { name, tag, digest } = splitTagDigest(given, given);
  if (name === '') throw invalid(given, 'the repository', 'is empty');
  const named = registryPart(name);
  let registry = DOCKER_HUB;
  let path = name;
  if (named !== undefined) {
    registry = named;
    path = name.slice(named.length + 1);
    const problem = registryHostProblem(registry);
    if (problem !== undefined) throw invalid(given, problem.part, problem.why);
  }
  if (registry === 'index.docker.io' || registry === DOCKER_HUB_API_HOST) registry = DOCKER_HUB;
  if (path === '') throw invalid(given, 'the repository', 'is empty');
  for (const component of path.split('/')) {
    if (!COMPONENT.test(component)) {
      throw invalid(
        given,
        `the repository component ${JSON.stringify(component)}`,
        'must be lowercase letters and digits separated by ".", "_", "__" or "-"',
      );
    }
  }
  if (registry === DOCKER_HUB && !path.includes('/')) path = `library/${path}`;
  if (registry.length + 1 + path.length > 255)
    throw invalid(given, 'the repository name', 'is longer than 255 characters');
  return {
    kind: 'registry',
    registry,
    host: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry,
    repository: path,
    tag,
    digest,
  };
}

function parseLayout(given: string): LayoutReference {
  let rest = given.slice('oci:'.length);
  let digest: string | undefined;
  const at = rest.lastIndexOf('@');
  if (at >= 0 && rest.slice(at + 1).startsWith('sha')) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest))
      throw invalid(given, `the digest ${JSON.stringify(digest)}`, 'is not sha256:<64 lowercase hex>');
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0 && colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(given, `the layout tag ${JSON.stringify(tag)}`, 'is not a valid tag');
  }
  if (rest === '') throw invalid(given, 'the layout directory', 'is empty');
  return { kind: 'layout', path: rest, tag, digest };
}

/** The canonical string: `docker.io/library/alpine:3.20@sha256:…`, `oci:dir:tag`. */
export function formatReference(ref: ImageReference, override: { tag?: string; digest?: string } = {}): string {
  const tag = 'tag' in override ? override.tag : ref.tag;
  const digest = 'digest' in override ? override.digest : ref.digest;
  const base = ref.kind === 'layout' ? `oci:${ref.path}` : `${ref.registry}/${ref.repository}`;
  return `${base}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
}

/** A tag or digest to ask for: the digest wins when both are present; `latest` when neither. */
export function referenceTarget(ref: ImageReference): string {
  return ref.digest ?? ref.tag ?? 'latest';
}

/** The fallback tag under which a registry without the referrers API lists referrers. */
export function referrersTag(digest: string): string {
  checkDigest(digest);
  return digest.replace(':', '-');
}

/** A reference given as an input: an invalid one is named as that input's error (INPUT_INVALID). */
export function referenceInput(input: string, value: string): ImageReference {
  try {
    return parseReference(value);
  } catch (error) {
    if (error instanceof ArtefactsError) {
      throw inputError(
        input,
        value,
        'an image reference ([registry/]repository[:tag][@sha256:…]) or oci:<dir>[:tag|@sha256:…]',
        error.message,
      );
    }
    throw error;
  }
}
