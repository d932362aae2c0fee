import { inputError } from '../errors.js';

/**
 * Image names (no tag, no digest) per the docker/distribution reference grammar:
 *   name             := [domain '/'] path-component ['/' path-component]*
 *   domain           := host [':' port]   host: domain-name | IPv4 | '[' IPv6 ']'
 *   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]
 *   path-component   := [a-z0-9]+ (separator [a-z0-9]+)*    separator := [_.] | '__' | '-'+
 * The first component is a domain only when it contains '.' or ':', is 'localhost', or has an
 * upper-case letter (as docker's own splitDockerDomain decides). The whole name is at most 255 characters.
 * TODO(lead): when the oci/ reference parser lands, let it own this and keep this function as a thin call.
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = new RegExp(`^(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export interface ImageName {
  readonly name: string;
  readonly domain: string | undefined;
  readonly path: string;
}

function looksLikeDomain(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first.toLowerCase() !== first;
}

/** Validates one image name; the error names the input, the image and what is wrong with it. */
export function parseImageName(raw: string, input = 'images'): ImageName {
  const name = raw.trim();
  const accepted = 'an image name without tag or digest, e.g. ghcr.io/acme/app or docker.io/library/nginx';
  const bad = (why: string, hint?: string) =>
    inputError(input, name, accepted, hint === undefined ? why : `${why} ${hint}`);
  if (name === '') throw bad('The image name is empty.');
  if (name.length > 255) throw bad(`The name is ${name.length} characters long; at most 255 are allowed.`);
  if (name.includes('@')) throw bad('It carries a digest.', 'List image names only; build-tag adds the tags.');
  const slash = name.indexOf('/');
  const first = slash < 0 ? name : name.slice(0, slash);
  let domain: string | undefined;
  let path = name;
  if (slash >= 0 && looksLikeDomain(first)) {
    domain = first;
    path = name.slice(slash + 1);
    if (!DOMAIN.test(domain)) throw bad(`'${domain}' is not a valid registry host[:port].`);
  }
  const lastColon = path.lastIndexOf(':');
  if (lastColon >= 0)
    throw bad('It carries a tag.', `Remove ':${path.slice(lastColon + 1)}'; build-tag adds the tags.`);
  for (const component of path.split('/')) {
    if (!PATH_COMPONENT.test(component)) {
      const lower = component.toLowerCase();
      throw bad(
        `The path component '${component}' is not allowed.`,
        lower !== component && PATH_COMPONENT.test(lower)
          ? `Repository names are lower-case: did you mean '${name.toLowerCase()}'?`
          : 'Path components are lower-case letters and digits, separated by one of . _ __ or dashes.',
      );
    }
  }
  return { name, domain, path };
}

export interface ImageList {
  /** The enabled image names, lower-cased, without duplicates. */
  readonly names: readonly string[];
  /** Notices for the log: names that were lower-cased, entries turned off with enable=false. */
  readonly notes: readonly string[];
}

const ENTRY_KEYS = ['name', 'enable'];

/**
 * The `images` input as docker/metadata-action reads it: names one per line or comma-separated, or
 * `name=<image>,enable=<true|false>` entries. Names are lower-cased (repository names are lower-case,
 * so `ghcr.io/${{ github.repository }}` works with an upper-case owner), with a notice saying so.
 */
export function parseImageList(lines: readonly string[], input = 'images'): ImageList {
  const seen = new Set<string>();
  const names: string[] = [];
  const notes: string[] = [];
  const accepted = 'image names, or entries name=<image>,enable=<true|false>';
  for (const line of lines) {
    const entries: { name: string; enable: boolean }[] = [];
    if (!line.includes('=')) {
      for (const part of line.split(',')) if (part.trim() !== '') entries.push({ name: part.trim(), enable: true });
    } else {
      let name = '';
      let enable = true;
      for (const part of line.split(',')) {
        const at = part.indexOf('=');
        const key = at < 0 ? 'name' : part.slice(0, at).trim().toLowerCase();
        const value = (at < 0 ? part : part.slice(at + 1)).trim();
        if (!ENTRY_KEYS.includes(key)) throw inputError(input, line, accepted, `Unknown attribute '${key}'.`);
        if (key === 'name') name = value;
        else if (/^(true|false)$/i.test(value)) enable = value.toLowerCase() === 'true';
        else throw inputError(input, line, accepted, 'enable is true or false.');
      }
      if (name === '') throw inputError(input, line, accepted, 'The entry has no name=.');
      entries.push({ name, enable });
    }
    for (const entry of entries) {
      const lower = entry.name.toLowerCase();
      const { name } = parseImageName(lower, input);
      if (!entry.enable) {
        notes.push(`Image ${name}: enable=false, no tags for it.`);
        continue;
      }
      if (lower !== entry.name)
        notes.push(`Image name ${entry.name} lower-cased to ${name} (repository names are lower-case).`);
      if (seen.has(name)) continue;
      seen.add(name);
      names.push(name);
    }
  }
  return { names, notes };
}
