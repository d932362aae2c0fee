/** The pack action's and `artefacts pull`'s inputs: parsed once, into typed objects. */
import * as parse from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import { inputError } from '../errors.js';
import { parseRegistryAccess, plainValue } from '../paths.js';
import { isMediaType } from '../oci/media.js';
import { isTag, referenceInput } from '../oci/references.js';
import { DEFAULT_ARTIFACT_TYPE } from './format.js';

const ANNOTATION_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

export interface PackInputs extends RegistryAccess {
  /** Files or directories, relative to the workspace. */
  readonly paths: readonly string[];
  readonly destination: string;
  /** Tags to write besides the destination's own. */
  readonly tags: readonly string[];
  readonly artifactType: string;
  readonly annotations: Readonly<Record<string, string>>;
  readonly compression: 'gzip' | 'none';
  /** A tag-binding record per tag, pushed before the tags (docs/tag-binding.md). */
  readonly bindTags: boolean;
}

export const PACK_SECRETS = ['registry-password'] as const;
/** Inputs naming files or directories: confined to the workspace unless listed in allow-outside-workspace. */
const PACK_PATH_INPUTS = ['path', 'destination'] as const;

/**
 * Annotations from lines `key=value`, `manifest:key=value` (build-tag's `annotations` output) or
 * `manifest[...]:key=value`; lines for other levels (index, descriptors) do not apply to a single
 * manifest and are skipped.
 */
function parsePackAnnotations(lines: readonly string[], input = 'annotations'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const eq = line.indexOf('=');
    if (eq <= 0)
      throw inputError(input, line, 'lines of key=value or manifest:key=value (build-tag’s annotations output)');
    let key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1);
    const level = /^([a-z-]+)(\[[^\]]*\])?:(.+)$/.exec(key);
    if (level) {
      if (!['manifest', 'index', 'manifest-descriptor', 'index-descriptor'].includes(level[1]!)) {
        throw inputError(input, line, 'a level of manifest, index, manifest-descriptor or index-descriptor before ":"');
      }
      if (level[1] !== 'manifest') continue;
      key = level[3]!;
    }
    if (!ANNOTATION_KEY.test(key))
      throw inputError(input, line, 'annotation keys such as org.opencontainers.image.version');
    out[key] = value;
  }
  return out;
}

export function parsePackInputs(raw: RawInputs): PackInputs {
  const paths = parse.list(raw, 'path', { comma: false });
  if (paths.length === 0) throw inputError('path', raw('path'), 'one or more files or directories, one per line');
  for (const p of paths) plainValue('path', p);
  const destination = parse.required(raw, 'destination');
  const ref = referenceInput('destination', destination);
  if (ref.digest !== undefined) {
    throw inputError('destination', destination, 'a reference without @digest (the digest is what pack computes)');
  }
  const tags = parse.list(raw, 'tags');
  for (const tag of tags) if (!isTag(tag)) throw inputError('tags', tag, 'tags of [A-Za-z0-9_][A-Za-z0-9._-]{0,127}');
  if (ref.kind === 'layout' && ref.tag === undefined && tags.length === 0) {
    throw inputError(
      'tags',
      '',
      'at least one tag for an oci: layout destination (oci:<dir>:<tag> or tags), or an untagged artefact would be unreachable',
    );
  }
  const artifactType = parse.optionalText(raw, 'artifact-type') ?? DEFAULT_ARTIFACT_TYPE;
  if (!isMediaType(artifactType)) {
    throw inputError('artifact-type', artifactType, 'a media type (type/subtype), e.g. application/vnd.acme.chart.v1');
  }
  const access = parseRegistryAccess(raw, PACK_PATH_INPUTS);
  return {
    paths,
    destination,
    tags,
    artifactType,
    annotations: parsePackAnnotations(parse.splitList(raw('annotations'), false)),
    compression: parse.oneOf(raw, 'compression', ['gzip', 'none'] as const, 'gzip'),
    bindTags: parse.boolean(raw, 'bind-tags', false),
    ...access,
  };
}

export interface PullInputs extends RegistryAccess {
  readonly reference: string;
  readonly output: string;
}

export const PULL_SECRETS = ['registry-password'] as const;

const PULL_PATH_INPUTS = ['reference', 'output'] as const;

export function parsePullInputs(raw: RawInputs): PullInputs {
  const value = parse.required(raw, 'reference');
  referenceInput('reference', value);
  const access = parseRegistryAccess(raw, PULL_PATH_INPUTS);
  return {
    reference: value,
    output: plainValue('output', parse.optionalText(raw, 'output') ?? '.'),
    ...access,
  };
}
