/**
 * `artefacts release`: the whole pipeline on the current repository, by the same core entry points
 * the actions use, each fed its own action.yml defaults (supplied by the caller) plus the values
 * that flow from the step before. Steps land here as the actions that own them land.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { inputError } from '../errors.js';
import { optionalText, type RawInputs } from '../inputs.js';
import { buildTag, parseBuildTagInputs } from '../version/build-tag.js';
import { parseSemverCalculateInputs, semverCalculate } from '../version/calculate.js';

/** An action's inputs with its action.yml defaults applied: the caller reads them from action.yml. */
export type DefaultsFor = (action: string) => RawInputs;

export interface ReleaseInputs {
  readonly tagPrefix: string;
  /** Image name used for build-tag's `images` (the tag list); default: the repository folder's name. */
  readonly image: string | undefined;
}

export function parseReleaseInputs(raw: RawInputs): ReleaseInputs {
  const tagPrefix = raw('tag-prefix');
  if (/\s/.test(tagPrefix)) throw inputError('tag-prefix', tagPrefix, 'a prefix without spaces, e.g. v');
  return { tagPrefix: tagPrefix === '' ? 'v' : tagPrefix, image: optionalText(raw, 'image') };
}

/** Overlays values on an action's defaults. */
export function withValues(base: RawInputs, values: Readonly<Record<string, string>>): RawInputs {
  return (name) => values[name] ?? base(name);
}

export interface ReleaseStep {
  readonly name: string;
  readonly outputs: Readonly<Record<string, string>>;
}

/** The image name for the tag list: --image, else the GitHub repository's, package.json's, or the folder's name. */
function imageName(inputs: ReleaseInputs, environment: ActionEnvironment): string {
  if (inputs.image !== undefined) return inputs.image;
  let candidate = environment.github?.repo;
  if (!candidate) {
    try {
      const pkg = JSON.parse(readFileSync(join(environment.cwd, 'package.json'), 'utf8')) as { name?: unknown };
      if (typeof pkg.name === 'string') candidate = pkg.name.replace(/^@[^/]+\//, '');
    } catch {
      // no package.json: fall back to the folder name
    }
  }
  const name = (candidate ?? basename(environment.cwd))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name === '' ? 'artefact' : name;
}

export async function release(
  inputs: ReleaseInputs,
  defaults: DefaultsFor,
  environment: ActionEnvironment,
): Promise<ActionOutcome> {
  const { logger } = environment;
  const steps: ReleaseStep[] = [];
  const run = async (name: string, fn: () => Promise<ActionOutcome>): Promise<ActionOutcome> => {
    const outcome = await logger.group(name, fn);
    steps.push({ name, outputs: outcome.outputs });
    return outcome;
  };

  const semver = await run('semver-calculate', () =>
    semverCalculate(
      parseSemverCalculateInputs(withValues(defaults('semver-calculate'), { 'tag-prefix': inputs.tagPrefix })),
      environment,
    ),
  );
  const version = semver.outputs.version ?? '';
  const image = imageName(inputs, environment);
  const tags = await run('build-tag', () =>
    buildTag(
      parseBuildTagInputs(
        withValues(defaults('build-tag'), {
          version,
          images: image,
          'tag-prefix': inputs.tagPrefix,
          'export-env': 'false',
        }),
      ),
      environment,
    ),
  );

  const report = {
    version,
    previousVersion: semver.outputs['previous-version'] ?? '',
    bump: semver.outputs.bump ?? '',
    bumpSource: semver.outputs['bump-source'] ?? '',
    immutableTag: tags.outputs['immutable-tag'] ?? '',
    tags: (tags.outputs.tags ?? '').split('\n').filter(Boolean),
    steps,
  };
  const lines = [
    `version        ${report.version} (${report.bump} from ${report.bumpSource}; previous ${report.previousVersion || 'none'})`,
    `immutable tag  ${report.immutableTag}`,
    `image tags     ${report.tags.join(', ')}`,
  ];
  const summary = [
    '## Release',
    '',
    '| | |',
    '| --- | --- |',
    `| version | \`${report.version}\` (${report.bump} from ${report.bumpSource}) |`,
    `| previous | \`${report.previousVersion || 'none'}\` |`,
    `| immutable tag | \`${report.immutableTag}\` |`,
    `| image tags | ${report.tags.map((t) => `\`${t}\``).join('<br>')} |`,
    '',
  ].join('\n');
  return {
    outputs: {
      version: report.version,
      'immutable-tag': report.immutableTag,
      tags: report.tags.join('\n'),
      report: lines.join('\n'),
      json: JSON.stringify(report),
    },
    summary,
  };
}
