import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFilesTogether } from '../files.js';
import type { Logger } from '../log.js';
import { pathInputError } from '../paths.js';
import { versionString } from './build-tag-inputs.js';
import type { BuildFacts } from './build-facts.js';
import type { GitTagOutcome } from './release.js';
import type { SemVer } from './semver.js';
import type { ReleaseDecision, TagPlan } from './tag-rules.js';

/** Outputs mirrored as DOCKER_METADATA_OUTPUT_<NAME>, as docker/metadata-action does. */
export const MIRRORED_OUTPUTS = [
  'version',
  'tags',
  'tag-names',
  'labels',
  'annotations',
  'json',
  'bake-file',
  'bake-file-tags',
  'bake-file-labels',
  'bake-file-annotations',
] as const;

export function envMirrorName(output: string): string {
  return `DOCKER_METADATA_OUTPUT_${output.replace(/\W/g, '_').toUpperCase()}`;
}

export interface BakeParts {
  readonly target: string;
  readonly tags: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: readonly string[];
  readonly args: Readonly<Record<string, string>>;
}

export type BakeFiles = Record<'bake-file' | 'bake-file-tags' | 'bake-file-labels' | 'bake-file-annotations', string>;

const NO_BAKE_FILES: BakeFiles = {
  'bake-file': '',
  'bake-file-tags': '',
  'bake-file-labels': '',
  'bake-file-annotations': '',
};

const BAKE_FILES = [
  ['bake-file', ''],
  ['bake-file-tags', '-tags'],
  ['bake-file-labels', '-labels'],
  ['bake-file-annotations', '-annotations'],
] as const;

/**
 * Where the bake files go, made ready before anything is published (see {@link bakePlace}): the
 * directory bake-dir named, checked, or a new folder under RUNNER_TEMP, made only when written.
 */
export type BakePlace =
  | {
      readonly directory: string;
      /** A failure on bake-dir (a regular file, unwritable, ...) as the input's error, naming it. */
      readonly failure: (error: unknown, at?: string) => unknown;
    }
  | { readonly runnerTemp: string };

const bakeFilesIn = (directory: string) =>
  BAKE_FILES.map(([output, suffix]) => ({
    output,
    path: join(directory, `docker-metadata-action-bake${suffix}.json`),
  }));

/**
 * Makes ready the place of the four bake definitions, as docker/metadata-action names them, before
 * the git tag is pushed: a bake-dir that cannot hold them (a regular file, a link planted under a
 * file's name) fails the run while nothing is published yet. Where: `bakeDir` when given (created
 * if needed); else, on a runner, a new folder under RUNNER_TEMP (which the runner empties after the
 * job, as it does metadata-action's); else (the CLI) nowhere: files nobody asked for are not
 * written, and the bake-file outputs are empty. `inBakeDir` checks each file in `bakeDir` as the
 * directory itself was (a symbolic link under a file's name would otherwise be written through).
 */
export function bakePlace(
  where: {
    bakeDir: string | undefined;
    runnerTemp: string | undefined;
    cwd: string;
    inBakeDir: (file: string) => void;
  },
  logger: Logger,
): BakePlace | undefined {
  const { bakeDir } = where;
  if (bakeDir === undefined) {
    if (where.runnerTemp) return { runnerTemp: where.runnerTemp };
    logger.debug('Bake files not written: not on a runner and no bake-dir given.');
    return undefined;
  }
  const failure = (error: unknown, at?: string) =>
    pathInputError(where.cwd, 'bake-dir', bakeDir, 'a directory the bake files can be written in', error, at);
  const directory = resolve(where.cwd, bakeDir);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw failure(error);
  }
  for (const file of bakeFilesIn(directory)) where.inBakeDir(file.path);
  return { directory, failure };
}

/**
 * Writes the four bake definitions into their place, all or none ({@link writeFilesTogether}): a
 * failed write leaves the files as they were, and no folder of ours behind.
 */
export async function writeBakeFiles(place: BakePlace | undefined, parts: BakeParts): Promise<BakeFiles> {
  if (place === undefined) return NO_BAKE_FILES;
  const made = 'runnerTemp' in place ? mkdtempSync(join(place.runnerTemp, 'build-tag-')) : undefined;
  const files = bakeFilesIn('directory' in place ? place.directory : made!);
  const definitions: Record<keyof BakeFiles, object> = {
    'bake-file': { tags: parts.tags, labels: parts.labels, args: parts.args },
    'bake-file-tags': { tags: parts.tags, args: parts.args },
    'bake-file-labels': { labels: parts.labels },
    'bake-file-annotations': { annotations: parts.annotations },
  };
  try {
    await writeFilesTogether(
      files.map((file) => ({
        path: file.path,
        content: `${JSON.stringify({ target: { [parts.target]: definitions[file.output] } }, null, 2)}\n`,
      })),
      (error, { at }) => ('failure' in place ? place.failure(error, at) : error),
    );
  } catch (error) {
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
    throw error;
  }
  return Object.fromEntries(files.map((file) => [file.output, file.path])) as BakeFiles;
}

export function summaryMarkdown(
  version: SemVer,
  plan: TagPlan,
  images: readonly string[],
  labels: Record<string, string>,
  facts: BuildFacts,
  gitTag: GitTagOutcome | undefined,
  release: ReleaseDecision,
): string {
  const lines = [
    `### build-tag: \`${plan.immutable}\``,
    '',
    `Version **${versionString(version)}**, revision \`${facts.revision.slice(0, 12)}\`, created ${facts.created.toISOString()} (${facts.createdSource}).`,
    '',
    release.ok
      ? `This run is the release of ${versionString(version)}: ${release.reason}.`
      : `This run is not the release of ${versionString(version)}, so it gets no release or floating tags: ${release.reason}.`,
    '',
    '| Tag | From |',
    '| --- | --- |',
    ...plan.tags.map((t) => `| \`${t.name}\` | ${t.source.replace(/\|/g, '\\|')} |`),
  ];
  if (plan.skipped.length > 0) {
    lines.push('', 'Not applied:', '', ...plan.skipped.map((s) => `- \`${s.source}\`: ${s.reason}`));
  }
  if (images.length > 0) lines.push('', `Images: ${images.map((i) => `\`${i}\``).join(', ')}`);
  if (gitTag !== undefined) {
    const via =
      gitTag.transport === undefined
        ? ''
        : gitTag.transport === 'git'
          ? `, through git (remote \`${gitTag.remote ?? 'origin'}\`)`
          : ', through the GitHub API';
    lines.push('', `Git tag \`${gitTag.tag}\`: ${gitTag.status}${gitTag.reason ? ` (${gitTag.reason})` : ''}${via}`);
    if (gitTag.major) {
      lines.push(
        `Major tag \`${gitTag.major.tag}\`: ${gitTag.major.status}${gitTag.major.reason ? ` (${gitTag.major.reason})` : ''}`,
      );
    }
  }
  lines.push(
    '',
    '<details><summary>Labels</summary>',
    '',
    '```',
    ...Object.entries(labels).map(([k, v]) => `${k}=${v}`),
    '```',
    '</details>',
    '',
  );
  return lines.join('\n');
}

export function logTags(logger: Logger, plan: TagPlan, tags: readonly string[], release: ReleaseDecision) {
  if (plan.skipped.some((s) => s.reason.startsWith('not the release'))) {
    logger.notice(`Not the release, so no release or floating tags: ${release.reason}.`);
  } else logger.info(`${release.ok ? 'Release' : 'Not a release'}: ${release.reason}.`);
  logger.info(`Immutable tag: ${plan.immutable}`);
  for (const tag of tags) logger.info(`  ${tag}`);
  for (const skipped of plan.skipped) logger.info(`  (not applied: ${skipped.source}: ${skipped.reason})`);
}
