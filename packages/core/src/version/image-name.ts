import { ArtefactsError, inputError } from '../errors.js';
import { parseReference, registryPart } from '../oci/references.js';

/**
 * Image names (no tag, no digest), parsed by the one reference parser every action uses
 * (oci/references.ts, the docker/distribution grammar): the same hosts, ports in range,
 * repository components and length limit as promote, pack or sign accept, refused with the reason.
 */
export interface ImageName {
  readonly name: string;
  /** The registry as written (`ghcr.io`, `localhost:5000`), or undefined for a Docker Hub short name. */
  readonly domain: string | undefined;
  readonly path: string;
}

function parses(name: string): boolean {
  try {
    parseReference(name);
    return true;
  } catch {
    return false;
  }
}

/** Validates one image name; the error names the input, the image and what is wrong with it. */
export function parseImageName(raw: string, input = 'images'): ImageName {
  const name = raw.trim();
  const accepted = 'an image name without tag or digest, e.g. ghcr.io/acme/app or docker.io/library/nginx';
  const bad = (why: string, hint?: string) =>
    inputError(input, name, accepted, hint === undefined ? why : `${why} ${hint}`);
  if (name === '') throw bad('The image name is empty.');
  if (name.startsWith('oci:')) throw bad('It names an OCI image layout.', 'build-tag tags images in a registry.');
  let ref;
  try {
    ref = parseReference(name);
  } catch (error) {
    if (!(error instanceof ArtefactsError)) throw error;
    const lower = name.toLowerCase();
    throw bad(
      error.message,
      lower !== name && parses(lower) ? `Repository names are lower-case: did you mean '${lower}'?` : undefined,
    );
  }
  if (ref.digest !== undefined) throw bad('It carries a digest.', 'List image names only; build-tag adds the tags.');
  if (ref.tag !== undefined) throw bad('It carries a tag.', `Remove ':${ref.tag}'; build-tag adds the tags.`);
  const domain = registryPart(name);
  return { name, domain, path: domain === undefined ? name : name.slice(domain.length + 1) };
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
