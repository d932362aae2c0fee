import { ArtefactsError, inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import { hasControlCharacter, parseAllowOutsideWorkspace, plainValue } from '../paths.js';
import { parseImageList } from './image-name.js';
import { parseAnnotationLevels, parseAnnotationLines, parseLabelLines, type UserAnnotation } from './oci-labels.js';
import { parseFlavor, parseTagRules, type Flavor, type LatestMode, type TagRule } from './tag-rules.js';
import { GIT_TAG_TRANSPORTS, type GitTagTransport } from './git-tag-push.js';
import { SemVer } from './semver.js';
import { parseTemplate, type Template } from './template.js';

/** build-tag's typed, validated inputs. */
export interface BuildTagInputs {
  /** The semantic version (validated, prefix stripped), or undefined to compute it. */
  readonly version: string | undefined;
  readonly images: readonly string[];
  /** What parsing the images did that the log should say (lower-casing, disabled entries). */
  readonly imageNotes?: readonly string[];
  readonly template: Template;
  readonly tagRules: readonly TagRule[];
  readonly flavor?: Flavor;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: readonly UserAnnotation[];
  readonly annotationLevels: readonly string[];
  readonly shaLength: number;
  readonly pushGitTag: boolean;
  readonly annotatedTag: boolean;
  readonly tagPrefix: string;
  readonly moveMajorTag: boolean;
  /** How push-git-tag writes: the GitHub API or plain git (`auto`: the API on GitHub with a token). */
  readonly gitTagTransport?: GitTagTransport;
  /** The git remote (name or URL) that plain-git tags are read from and pushed to. */
  readonly gitRemote?: string;
  readonly latest: LatestMode;
  readonly exportEnv: boolean;
  readonly githubToken: string;
  /** docker/metadata-action's `context`: where the ref and sha come from. */
  readonly context?: 'workflow' | 'git';
  readonly bakeTarget?: string;
  /** Where the bake files go; undefined: a new folder under RUNNER_TEMP on a runner, none elsewhere. */
  readonly bakeDir?: string | undefined;
  /** Path inputs the user let resolve outside the workspace (`allow-outside-workspace`). */
  readonly allowOutsideWorkspace?: ReadonlySet<string>;
  readonly sepTags?: string;
  readonly sepLabels?: string;
  readonly sepAnnotations?: string;
}

export const DEFAULT_TEMPLATE = '{{version}}-{{run_number}}-{{sha7}}';
export const DEFAULT_BAKE_TARGET = 'docker-metadata-action';

/** Characters git refuses in ref names, plus whitespace (control characters are checked separately). */
const BAD_PREFIX = /[\s~^:?*[\\\x7f]|\.\.|@\{|^[/.-]|\/\/|\.lock$/;

export function parseTagPrefix(raw: string, input = 'tag-prefix'): string {
  if (BAD_PREFIX.test(raw) || hasControlCharacter(raw)) {
    throw inputError(
      input,
      raw,
      'text usable at the start of a git tag name: no spaces, none of ~ ^ : ? * [ \\, no "..", not starting with / . or -',
    );
  }
  return raw;
}

export const DEFAULT_GIT_REMOTE = 'origin';

/** A remote's name or URL, handed to git as one argument: never something git would read as an option. */
function parseGitRemote(raw: string, input = 'git-remote'): string {
  if (raw.startsWith('-') || /\s/.test(raw) || hasControlCharacter(raw)) {
    throw inputError(
      input,
      raw,
      "the name of a git remote (such as origin) or its URL: no spaces, not starting with '-'",
    );
  }
  return raw;
}

/** The canonical text of a version, build metadata included (`semver`'s `.version` drops it). */
export function versionString(version: SemVer): string {
  return version.build.length > 0 ? `${version.version}+${version.build.join('.')}` : version.version;
}

export function parseSemver(text: string): SemVer | undefined {
  try {
    return new SemVer(text);
  } catch {
    return undefined;
  }
}

/** Accepts `1.2.3`, `v1.2.3` and `<tag-prefix>1.2.3` (a tag name from a tag-push pipeline). */
export function parseVersionInput(raw: string, tagPrefix: string, input = 'version'): string {
  const candidates = [raw];
  if (tagPrefix !== '' && raw.startsWith(tagPrefix)) candidates.push(raw.slice(tagPrefix.length));
  if (/^v\d/.test(raw)) candidates.push(raw.slice(1));
  for (const candidate of candidates) {
    const parsed = /^\d/.test(candidate) ? parseSemver(candidate) : undefined;
    if (parsed !== undefined) return versionString(parsed);
  }
  throw inputError(
    input,
    raw,
    'a semantic version (https://semver.org) such as 1.4.0, 2.0.0-rc.1 or 1.4.0+build.5, optionally with the tag prefix',
    "Pass semver-calculate's output: version: ${{ steps.semver.outputs.version }}.",
  );
}

/** Label and annotation values may use the template placeholders (metadata-action's global expressions). */
function checkTemplates(values: readonly string[], input: string) {
  for (const value of values) if (value.includes('{{') || value.includes('}}')) parseTemplate(value, input);
}

/** A separator input: not trimmed (a space or `,` is a separator), `\n` when empty. */
function separator(raw: RawInputs, name: string): string {
  const value = raw(name);
  return value === '' ? '\n' : value;
}

/** build-tag's one path input: where the bake files go when given. */
const BUILD_TAG_PATH_INPUTS = ['bake-dir'] as const;

/** Inputs whose values are secrets, masked as soon as they are read. */
export const BUILD_TAG_SECRETS = ['github-token'] as const;

export function parseBuildTagInputs(raw: RawInputs): BuildTagInputs {
  // Every item of these becomes an output line (tags, labels, annotations): no newline or control character
  // inside. The single values (template, tag-prefix, …) are one line each: parse.text refuses the rest.
  for (const name of ['images', 'tags', 'labels', 'annotations', 'flavor']) {
    for (const item of parse.splitList(raw(name), false)) plainValue(name, item);
  }
  // Read as given (trimmed): parseTagPrefix refuses control characters in its own words, as parseGitRemote does.
  const tagPrefix = parseTagPrefix(raw('tag-prefix').trim());
  const version = parse.optionalText(raw, 'version');
  const template = parseTemplate(parse.text(raw, 'template') || DEFAULT_TEMPLATE, 'template');
  const images = parseImageList(parse.splitList(raw('images'), false), 'images');
  const labels = parseLabelLines(parse.splitList(raw('labels'), false), 'labels');
  checkTemplates(Object.values(labels), 'labels');
  const annotations = parseAnnotationLines(parse.splitList(raw('annotations'), false), 'annotations');
  checkTemplates(
    annotations.map((a) => a.value),
    'annotations',
  );
  const flavor = parseFlavor(parse.splitList(raw('flavor'), false), 'flavor');
  const latestInput = parse.oneOf(raw, 'latest', ['auto', 'true', 'false'] as const, 'auto');
  if (flavor.latest !== undefined && latestInput !== 'auto' && latestInput !== flavor.latest) {
    throw inputError(
      'latest',
      latestInput,
      `the same as flavor's latest=${flavor.latest}, or auto`,
      'Give latest in one place: the latest input or flavor: latest=...',
    );
  }
  const context = parse.oneOf(raw, 'context', ['workflow', 'git'] as const, 'workflow');
  const bakeTarget = parse.text(raw, 'bake-target') || DEFAULT_BAKE_TARGET;
  if (!/^[a-zA-Z0-9_-]+$/.test(bakeTarget)) {
    throw inputError('bake-target', bakeTarget, 'a bake target name: letters, digits, _ and -');
  }
  const inputs: BuildTagInputs = {
    version: version === undefined ? undefined : parseVersionInput(version, tagPrefix),
    images: images.names,
    imageNotes: images.notes,
    template,
    tagRules: parseTagRules(parse.splitList(raw('tags'), false), 'tags'),
    flavor,
    labels,
    annotations,
    annotationLevels: parseAnnotationLevels(parse.list(raw, 'annotation-levels'), 'annotation-levels'),
    shaLength: parse.integer(raw, 'sha-length', { min: 4, max: 40, fallback: 7 }),
    pushGitTag: parse.boolean(raw, 'push-git-tag', false),
    annotatedTag: parse.boolean(raw, 'annotated-tag', false),
    tagPrefix,
    moveMajorTag: parse.boolean(raw, 'move-major-tag', false),
    gitTagTransport: parse.oneOf(raw, 'git-tag-transport', GIT_TAG_TRANSPORTS, 'auto'),
    gitRemote: parseGitRemote(raw('git-remote').trim() || DEFAULT_GIT_REMOTE),
    latest: flavor.latest ?? latestInput,
    exportEnv: parse.boolean(raw, 'export-env', true),
    githubToken: parse.optionalBlock(raw, 'github-token') ?? '',
    context,
    bakeTarget,
    bakeDir: parse.optionalText(raw, 'bake-dir'),
    allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, BUILD_TAG_PATH_INPUTS),
    sepTags: separator(raw, 'sep-tags'),
    sepLabels: separator(raw, 'sep-labels'),
    sepAnnotations: separator(raw, 'sep-annotations'),
  };
  // Inputs that do nothing without push-git-tag are an error, not silently ignored.
  for (const [name, on, given] of [
    ['move-major-tag', inputs.moveMajorTag, 'true'],
    ['annotated-tag', inputs.annotatedTag, 'true'],
    ['git-tag-transport', inputs.gitTagTransport !== 'auto', inputs.gitTagTransport ?? ''],
    ['git-remote', inputs.gitRemote !== DEFAULT_GIT_REMOTE, inputs.gitRemote ?? ''],
  ] as const) {
    if (on && !inputs.pushGitTag) {
      throw inputError(
        name,
        given,
        'false unless push-git-tag is true (push-git-tag is missing)',
        `Set push-git-tag: true, or remove ${name}.`,
      );
    }
  }
  return inputs;
}

/** What docker/metadata-action's environment variables change, resolved against the inputs. */
export interface MetadataEnvironment {
  readonly shaLength: number;
  readonly annotationLevels: readonly string[];
  readonly exportEnv: boolean;
  /** DOCKER_METADATA_PR_HEAD_SHA: true, false, or undefined when unset. */
  readonly prHeadSha: boolean | undefined;
  /** What came from the environment, for the log. */
  readonly notes: readonly string[];
}

const TRUE_WORDS = /^(true|1|yes|on)$/i;
const FALSE_WORDS = /^(false|0|no|off)$/i;

function envBoolean(env: Readonly<Record<string, string | undefined>>, name: string): boolean | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (TRUE_WORDS.test(raw)) return true;
  if (FALSE_WORDS.test(raw)) return false;
  throw new ArtefactsError('INPUT_INVALID', `${name}=${JSON.stringify(raw)}: expected true or false.`);
}

function conflict(name: string, envValue: string, input: string, inputValue: string): ArtefactsError {
  return new ArtefactsError(
    'INPUT_INVALID',
    `${name}=${envValue} and input '${input}' (${inputValue}) disagree; build-tag will not pick one silently.`,
    { hint: `Keep one of them: the input '${input}' or the environment variable ${name}.` },
  );
}

/**
 * DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_ANNOTATIONS_LEVELS, DOCKER_METADATA_SET_OUTPUT_ENV
 * and DOCKER_METADATA_PR_HEAD_SHA, as metadata-action reads them. Each stands for an input left at its
 * default; given both with different values, the step fails rather than choose.
 */
export function metadataEnvironment(
  inputs: BuildTagInputs,
  env: Readonly<Record<string, string | undefined>>,
): MetadataEnvironment {
  const notes: string[] = [];
  let shaLength = inputs.shaLength;
  const shaRaw = env.DOCKER_METADATA_SHORT_SHA_LENGTH?.trim();
  if (shaRaw !== undefined && shaRaw !== '') {
    if (!/^\d+$/.test(shaRaw) || Number(shaRaw) < 4 || Number(shaRaw) > 40) {
      throw new ArtefactsError(
        'INPUT_INVALID',
        `DOCKER_METADATA_SHORT_SHA_LENGTH=${JSON.stringify(shaRaw)}: expected a whole number from 4 to 40.`,
      );
    }
    if (inputs.shaLength !== 7 && inputs.shaLength !== Number(shaRaw)) {
      throw conflict('DOCKER_METADATA_SHORT_SHA_LENGTH', shaRaw, 'sha-length', String(inputs.shaLength));
    }
    shaLength = Number(shaRaw);
    notes.push(`sha length ${shaLength} from DOCKER_METADATA_SHORT_SHA_LENGTH`);
  }
  let annotationLevels = inputs.annotationLevels;
  const levelsRaw = env.DOCKER_METADATA_ANNOTATIONS_LEVELS?.trim();
  if (levelsRaw !== undefined && levelsRaw !== '') {
    const levels = parseAnnotationLevels(parse.splitList(levelsRaw), 'DOCKER_METADATA_ANNOTATIONS_LEVELS');
    const given = inputs.annotationLevels.join(',');
    if (given !== 'manifest' && given !== levels.join(',')) {
      throw conflict('DOCKER_METADATA_ANNOTATIONS_LEVELS', levelsRaw, 'annotation-levels', given);
    }
    annotationLevels = levels;
    notes.push(`annotation levels ${levels.join(',')} from DOCKER_METADATA_ANNOTATIONS_LEVELS`);
  }
  let exportEnv = inputs.exportEnv;
  const setEnv = envBoolean(env, 'DOCKER_METADATA_SET_OUTPUT_ENV');
  if (setEnv !== undefined) {
    if (!inputs.exportEnv && setEnv) throw conflict('DOCKER_METADATA_SET_OUTPUT_ENV', 'true', 'export-env', 'false');
    exportEnv = setEnv;
    notes.push(`export-env ${setEnv} from DOCKER_METADATA_SET_OUTPUT_ENV`);
  }
  const prHeadSha = envBoolean(env, 'DOCKER_METADATA_PR_HEAD_SHA');
  if (prHeadSha !== undefined)
    notes.push(`pull request sha from ${prHeadSha ? 'the PR head' : 'GITHUB_SHA'} (DOCKER_METADATA_PR_HEAD_SHA)`);
  return { shaLength, annotationLevels, exportEnv, prHeadSha, notes };
}
