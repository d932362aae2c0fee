import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

/**
 * Writes the four bake definitions, as docker/metadata-action names them. Where: `bakeDir` when
 * given (created if needed); else, on a runner, a new folder under RUNNER_TEMP (which the runner
 * empties after the job, as it does metadata-action's); else (the CLI) nowhere: files nobody asked
 * for are not written, and the bake-file outputs are empty. A failed write leaves no folder behind.
 * `inBakeDir` checks each file in `bakeDir` before it is written, as the directory itself was (a
 * symbolic link planted under a file's name would otherwise be written through).
 */
export function writeBakeFiles(
  parts: BakeParts,
  where: {
    bakeDir: string | undefined;
    runnerTemp: string | undefined;
    cwd: string;
    inBakeDir: (file: string) => void;
  },
  logger: Logger,
): BakeFiles {
  let directory: string;
  let made: string | undefined;
  const { bakeDir } = where;
  /** A failure on bake-dir (a regular file, unwritable, ...) is the input's, named. */
  const bakeDirError = (error: unknown) =>
    bakeDir === undefined
      ? error
      : pathInputError(where.cwd, 'bake-dir', bakeDir, 'a directory the bake files can be written in', error);
  if (bakeDir !== undefined) {
    directory = resolve(where.cwd, bakeDir);
    try {
      mkdirSync(directory, { recursive: true });
    } catch (error) {
      throw bakeDirError(error);
    }
  } else if (where.runnerTemp) {
    directory = made = mkdtempSync(join(where.runnerTemp, 'build-tag-'));
  } else {
    logger.debug('Bake files not written: not on a runner and no bake-dir given.');
    return NO_BAKE_FILES;
  }
  const files = (
    [
      ['bake-file', '', { tags: parts.tags, labels: parts.labels, args: parts.args }],
      ['bake-file-tags', '-tags', { tags: parts.tags, args: parts.args }],
      ['bake-file-labels', '-labels', { labels: parts.labels }],
      ['bake-file-annotations', '-annotations', { annotations: parts.annotations }],
    ] as const
  ).map(([output, suffix, definition]) => ({
    output,
    path: join(directory, `docker-metadata-action-bake${suffix}.json`),
    definition,
  }));
  // Every file checked before the first is written: a refused one leaves none of them changed.
  if (made === undefined) for (const file of files) where.inBakeDir(file.path);
  try {
    for (const file of files) {
      writeFileSync(file.path, `${JSON.stringify({ target: { [parts.target]: file.definition } }, null, 2)}\n`);
    }
    return Object.fromEntries(files.map((file) => [file.output, file.path])) as BakeFiles;
  } catch (error) {
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
    throw bakeDirError(error);
  }
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
