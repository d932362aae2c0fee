/**
 * build-tag: the immutable tag, the image tags, OCI labels and annotations, and optionally the git
 * tag, with docker/metadata-action's outputs. The concerns live beside this file: inputs
 * (build-tag-inputs.ts), what the run is (build-facts.ts), whether it is the release (release.ts),
 * the tag rules (tag-rules.ts) and the outputs (build-outputs.ts).
 */
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError } from '../errors.js';
import { gitRaw } from '../git/git.js';
import { inWorkspace, workspace } from '../paths.js';
import { jobSummary } from '../summary.js';
import {
  metadataEnvironment,
  parseSemver,
  parseVersionInput,
  versionString,
  DEFAULT_BAKE_TARGET,
  DEFAULT_GIT_REMOTE,
  type BuildTagInputs,
} from './build-tag-inputs.js';
import { gatherFacts, isGitRepository, makeApi, remoteFacts, repositoryFacts, type BuildFacts } from './build-facts.js';
import {
  bakePlace,
  envMirrorName,
  logTags,
  MIRRORED_OUTPUTS,
  summaryMarkdown,
  writeBakeFiles,
} from './build-outputs.js';
import { annotationLines, mergeLabels, standardLabels, type UserAnnotation } from './oci-labels.js';
import { pushGitTags, releaseDecision } from './release.js';
import { resolveVersion } from './resolve-version.js';
import type { SemVer } from './semver.js';
import { planTags } from './tag-rules.js';
import { parseTemplate, renderTemplate, type TemplateValues } from './template.js';
import { highestStable, incompleteTagsError, listVersionTags, type Highest } from './version-tags.js';

export {
  BUILD_TAG_SECRETS,
  DEFAULT_TEMPLATE,
  parseBuildTagInputs,
  parseTagPrefix,
  parseVersionInput,
  versionString,
  type BuildTagInputs,
} from './build-tag-inputs.js';
export { parseRemoteUrl } from './build-facts.js';
export { envMirrorName, MIRRORED_OUTPUTS } from './build-outputs.js';

/** docker/metadata-action's {{is_default_branch}}: the pushed branch is the default one, or the event always runs there. */
function isDefaultBranch(facts: BuildFacts, defaultBranch: string | undefined): boolean {
  if (facts.branch !== undefined && defaultBranch !== undefined) return facts.branch === defaultBranch;
  return /create|discussion|issues|schedule/.test(facts.eventName ?? '');
}

function templateValues(
  version: SemVer,
  facts: BuildFacts,
  shaLength: number,
  tagPrefix: string,
  defaultBranch: string | undefined,
): TemplateValues {
  return {
    version: versionString(version),
    major: String(version.major),
    minor: String(version.minor),
    patch: String(version.patch),
    prerelease: version.prerelease.join('.'),
    build: version.build.join('.'),
    raw: facts.refTag ?? `${tagPrefix}${versionString(version)}`,
    run_number: facts.runNumber,
    run_attempt: facts.runAttempt,
    sha: facts.revision.slice(0, shaLength),
    sha7: facts.revision.slice(0, 7),
    branch: facts.branch,
    tag: facts.refTag,
    base_ref: facts.baseRef,
    is_default_branch: String(isDefaultBranch(facts, defaultBranch)),
    pr: facts.pr === undefined ? undefined : String(facts.pr),
  };
}

function needsTagHistory(inputs: BuildTagInputs, version: SemVer): boolean {
  if (version.prerelease.length > 0) return false;
  if (inputs.latest === 'auto' || inputs.moveMajorTag) return true;
  return inputs.tagRules.some((r) => r.enable && r.type === 'semver' && (r.scope === 'minor' || r.scope === 'major'));
}

/** The remote whose version tags count: git-remote when set to another than the default, else the clone's own. */
function tagRemote(inputs: BuildTagInputs): { remote?: string } {
  return inputs.pushGitTag && inputs.gitRemote !== undefined && inputs.gitRemote !== DEFAULT_GIT_REMOTE
    ? { remote: inputs.gitRemote }
    : {};
}

/** Renders placeholders in label and annotation values (metadata-action's global expressions); unknown ones render empty. */
function renderValues<T extends { value: string }>(items: readonly T[], values: TemplateValues, time: Date): T[] {
  return items.map((item) =>
    item.value.includes('{{')
      ? { ...item, value: renderTemplate(parseTemplate(item.value, 'labels'), values, time).value }
      : item,
  );
}

async function defaultBranchFromGit(cwd: string): Promise<string | undefined> {
  const head = await gitRaw(['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD'], { cwd });
  const name = head.stdout.trim();
  return head.exitCode === 0 && name.startsWith('origin/') ? name.slice('origin/'.length) : undefined;
}

/** build-tag's core entry point: the action and `artefacts build-tag` both call this. */
export async function runBuildTag(inputs: BuildTagInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const { logger, cwd } = environment;
  const ws = workspace(cwd, inputs.allowOutsideWorkspace);
  if (inputs.bakeDir !== undefined) inWorkspace(ws, 'bake-dir', inputs.bakeDir);
  const metaEnv = metadataEnvironment(inputs, environment.env);
  for (const note of metaEnv.notes) logger.info(`From the environment: ${note}.`);
  for (const note of inputs.imageNotes ?? []) logger.notice(note);
  const versionText =
    inputs.version ??
    parseVersionInput(
      await resolveVersion({ tagPrefix: inputs.tagPrefix, token: inputs.githubToken }, environment),
      inputs.tagPrefix,
    );
  const version = parseSemver(versionText);
  if (version === undefined) throw new ArtefactsError('INTERNAL', `Version ${versionText} did not parse.`);

  const inGit = await isGitRepository(cwd);
  if (!inGit && needsTagHistory(inputs, version)) {
    throw new ArtefactsError(
      'GIT_NOT_A_REPOSITORY',
      `${cwd} is not a git repository, so the existing version tags that decide latest, major and major.minor tags cannot be read.`,
      {
        hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or turn floating tags off: latest: false and tags: type=semver,pattern={{version}}.',
      },
    );
  }
  // Independent git questions, asked at once: each is a process start.
  const [facts, tagList, remote] = await Promise.all([
    gatherFacts(environment, inGit, { context: inputs.context ?? 'workflow', prHeadSha: metaEnv.prHeadSha }),
    needsTagHistory(inputs, version) ? listVersionTags(cwd, inputs.tagPrefix, logger, tagRemote(inputs)) : undefined,
    remoteFacts(cwd, inGit),
  ]);
  for (const assumption of facts.assumptions) logger.info(`Assumed: ${assumption}.`);

  let highest: Highest | undefined;
  if (tagList !== undefined) {
    if (!tagList.complete) throw incompleteTagsError(tagList.note, versionText);
    highest = highestStable(version, tagList.tags);
    logger.debug(`Highest-stable check against ${tagList.note}: ${JSON.stringify(highest)}`);
  }

  const api = makeApi(environment, inputs.githubToken, remote);
  const repository = await repositoryFacts(environment, api, remote);
  const defaultBranch =
    repository.defaultBranch ??
    (environment.github === undefined && inGit ? await defaultBranchFromGit(cwd) : undefined);

  // The bake files' place before the git tag: a bake-dir that cannot take them fails the run while
  // nothing is published yet.
  const place = bakePlace(
    {
      bakeDir: inputs.bakeDir,
      runnerTemp: environment.env.RUNNER_TEMP,
      cwd,
      inBakeDir: (file) => inWorkspace(ws, 'bake-dir', file),
    },
    logger,
  );
  // The git tag first: creating it is what makes this run the release.
  const gitTag = inputs.pushGitTag
    ? await pushGitTags(inputs, environment, api, version, facts.revision, highest)
    : undefined;
  const release = await releaseDecision({
    version,
    tagPrefix: inputs.tagPrefix,
    refTag: facts.refTag,
    gitTag,
    revision: facts.revision,
    branch: facts.branch,
    pr: facts.pr,
    cwd,
    inGit,
  });

  const values = templateValues(version, facts, metaEnv.shaLength, inputs.tagPrefix, defaultBranch);
  const plan = planTags(inputs.template, inputs.tagRules, inputs.latest, {
    values,
    immutableValues: { ...values, branch: facts.headBranch },
    time: facts.created,
    stable: version.prerelease.length === 0,
    major: version.major,
    highestInMinor: highest?.inMinor ?? true,
    highestInMajor: highest?.inMajor ?? true,
    highestOverall: highest?.overall ?? true,
    ...(highest === undefined ? {} : { above: highest.above }),
    revision: facts.revision,
    shaLength: metaEnv.shaLength,
    pr: facts.pr,
    branch: facts.branch,
    ...(facts.eventName === undefined ? {} : { eventName: facts.eventName }),
    ...(facts.refTag === undefined ? {} : { refTag: facts.refTag }),
    ...(defaultBranch === undefined ? {} : { defaultBranch }),
    release,
    ...(inputs.flavor === undefined ? {} : { flavor: inputs.flavor }),
  });
  const tagNames = plan.tags.map((t) => t.name);
  const tags =
    inputs.images.length === 0 ? tagNames : inputs.images.flatMap((image) => tagNames.map((t) => `${image}:${t}`));

  const standard = standardLabels({
    created: facts.created,
    revision: facts.revision,
    version: plan.immutable,
    repository,
  });
  const userLabels = renderValues(
    Object.entries(inputs.labels).map(([key, value]) => ({ key, value })),
    values,
    facts.created,
  );
  const labels = mergeLabels(standard, Object.fromEntries(userLabels.map((l) => [l.key, l.value])));
  const userAnnotations: UserAnnotation[] = renderValues(inputs.annotations, values, facts.created);
  const annotations = annotationLines(standard, userAnnotations, metaEnv.annotationLevels);
  const labelLines = Object.entries(labels).map(([k, v]) => `${k}=${v}`);

  const bake = await writeBakeFiles(place, {
    target: inputs.bakeTarget ?? DEFAULT_BAKE_TARGET,
    tags,
    labels,
    annotations,
    args: { DOCKER_META_IMAGES: inputs.images.join(','), DOCKER_META_VERSION: plan.immutable },
  });

  const json = {
    tags,
    'tag-names': tagNames,
    labels,
    annotations,
    version: plan.immutable,
    'immutable-tag': plan.immutable,
    semver: versionText,
    images: inputs.images,
    revision: facts.revision,
    created: facts.created.toISOString(),
    'created-source': facts.createdSource,
    'run-number': facts.runNumber,
    release,
    skipped: plan.skipped,
    'git-tag': gitTag ?? null,
    'repository-source': repository.source,
  };
  const outputs: Record<string, string> = {
    version: plan.immutable,
    tags: tags.join(inputs.sepTags ?? '\n'),
    'tag-names': tagNames.join(inputs.sepTags ?? '\n'),
    labels: labelLines.join(inputs.sepLabels ?? '\n'),
    annotations: annotations.join(inputs.sepAnnotations ?? '\n'),
    json: JSON.stringify(json),
    ...bake,
    'immutable-tag': plan.immutable,
    'git-tag': gitTag?.status === 'skipped' || gitTag === undefined ? '' : gitTag.tag,
    'git-tag-status': gitTag?.status ?? 'skipped',
  };
  const env: Record<string, string> = {};
  if (metaEnv.exportEnv) for (const name of MIRRORED_OUTPUTS) env[envMirrorName(name)] = outputs[name] ?? '';

  logTags(logger, plan, tags, release);
  return {
    outputs,
    summary: jobSummary(
      'build-tag',
      plan.immutable,
      environment.github,
      summaryMarkdown(version, plan, inputs.images, labels, facts, gitTag, release),
    ),
    ...(metaEnv.exportEnv ? { env } : {}),
  };
}
