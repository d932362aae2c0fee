import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';
import type { SemVer } from 'semver';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { jobSummary } from '../summary.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import { git, gitRaw } from '../git/git.js';
import { GitHubApi } from '../github/api.js';
import { createTag, moveTag, type CreateTagResult, type MoveTagResult } from '../github/tags.js';
import * as parse from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import type { Logger } from '../log.js';
import { plainValue } from '../paths.js';
import { parseImageNames } from './image-name.js';
import {
  annotationLines,
  mergeLabels,
  parseAnnotationLevels,
  parseAnnotationLines,
  parseLabelLines,
  standardLabels,
  type RepositoryFacts,
  type UserAnnotation,
} from './oci-labels.js';
import { resolveVersion } from './resolve-version.js';
import { parseTagRules, planTags, type LatestMode, type TagPlan, type TagRule } from './tag-rules.js';
import { parseTemplate, type Template, type TemplateValues } from './template.js';
import { highestStable, incompleteTagsError, listVersionTags, type Highest } from './version-tags.js';

/** build-tag's typed, validated inputs. */
export interface BuildTagInputs {
  /** The semantic version (validated, prefix stripped), or undefined to compute it. */
  readonly version: string | undefined;
  readonly images: readonly string[];
  readonly template: Template;
  readonly tagRules: readonly TagRule[];
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: readonly UserAnnotation[];
  readonly annotationLevels: readonly string[];
  readonly shaLength: number;
  readonly pushGitTag: boolean;
  readonly annotatedTag: boolean;
  readonly tagPrefix: string;
  readonly moveMajorTag: boolean;
  readonly latest: LatestMode;
  readonly exportEnv: boolean;
  readonly githubToken: string;
}

export const DEFAULT_TEMPLATE = '{{version}}-{{run_number}}-{{sha7}}';

/** Characters git refuses in ref names, plus whitespace (control characters are checked separately). */
const BAD_PREFIX = /[\s~^:?*[\\\x7f]|\.\.|@\{|^[/.-]|\/\/|\.lock$/;
const hasControl = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20);

export function parseTagPrefix(raw: string, input = 'tag-prefix'): string {
  if (BAD_PREFIX.test(raw) || hasControl(raw)) {
    throw inputError(
      input,
      raw,
      'text usable at the start of a git tag name: no spaces, none of ~ ^ : ? * [ \\, no "..", not starting with / . or -',
    );
  }
  return raw;
}

/** The canonical text of a version, build metadata included (`semver`'s `.version` drops it). */
export function versionString(version: SemVer): string {
  return version.build.length > 0 ? `${version.version}+${version.build.join('.')}` : version.version;
}

/** Accepts `1.2.3`, `v1.2.3` and `<tag-prefix>1.2.3` (a tag name from a tag-push pipeline). */
export function parseVersionInput(raw: string, tagPrefix: string, input = 'version'): string {
  const candidates = [raw];
  if (tagPrefix !== '' && raw.startsWith(tagPrefix)) candidates.push(raw.slice(tagPrefix.length));
  if (/^v\d/.test(raw)) candidates.push(raw.slice(1));
  for (const candidate of candidates) {
    const parsed = /^\d/.test(candidate) ? semver.parse(candidate) : null;
    if (parsed !== null) return versionString(parsed);
  }
  throw inputError(
    input,
    raw,
    'a semantic version (https://semver.org) such as 1.4.0, 2.0.0-rc.1 or 1.4.0+build.5, optionally with the tag prefix',
    "Pass semver-calculate's output: version: ${{ steps.semver.outputs.version }}.",
  );
}

export function parseBuildTagInputs(raw: RawInputs): BuildTagInputs {
  // Every item of these becomes an output line (tags, labels, annotations): no newline or control character inside.
  for (const name of ['images', 'template', 'tags', 'labels', 'annotations']) {
    for (const item of parse.splitList(raw(name), false)) plainValue(name, item);
  }
  const tagPrefix = parseTagPrefix(parse.text(raw, 'tag-prefix'));
  const version = parse.optionalText(raw, 'version');
  const template = parseTemplate(parse.text(raw, 'template') || DEFAULT_TEMPLATE, 'template');
  const inputs: BuildTagInputs = {
    version: version === undefined ? undefined : parseVersionInput(version, tagPrefix),
    images: parseImageNames(parse.list(raw, 'images')),
    template,
    tagRules: parseTagRules(parse.splitList(raw('tags'), false), 'tags'),
    labels: parseLabelLines(parse.splitList(raw('labels'), false), 'labels'),
    annotations: parseAnnotationLines(parse.splitList(raw('annotations'), false), 'annotations'),
    annotationLevels: parseAnnotationLevels(parse.list(raw, 'annotation-levels'), 'annotation-levels'),
    shaLength: parse.integer(raw, 'sha-length', { min: 4, max: 40, fallback: 7 }),
    pushGitTag: parse.boolean(raw, 'push-git-tag', false),
    annotatedTag: parse.boolean(raw, 'annotated-tag', false),
    tagPrefix,
    moveMajorTag: parse.boolean(raw, 'move-major-tag', false),
    latest: parse.oneOf(raw, 'latest', ['auto', 'true', 'false'] as const, 'auto'),
    exportEnv: parse.boolean(raw, 'export-env', true),
    githubToken: parse.text(raw, 'github-token'),
  };
  // Inputs that do nothing without push-git-tag are an error, not silently ignored.
  for (const [name, on] of [
    ['move-major-tag', inputs.moveMajorTag],
    ['annotated-tag', inputs.annotatedTag],
  ] as const) {
    if (on && !inputs.pushGitTag) {
      throw inputError(
        name,
        'true',
        'false unless push-git-tag is true (push-git-tag is missing)',
        `Set push-git-tag: true, or remove ${name}.`,
      );
    }
  }
  return inputs;
}

/** Everything build-tag learned about the run; also the `json` output's extra fields. */
interface BuildFacts {
  readonly revision: string;
  readonly branch: string | undefined;
  readonly pr: number | undefined;
  readonly runNumber: string;
  readonly runAttempt: string;
  readonly created: Date;
  readonly createdSource: string;
  readonly assumptions: string[];
}

async function isGitRepository(cwd: string): Promise<boolean> {
  const result = await gitRaw(['rev-parse', '--git-dir'], { cwd });
  return result.exitCode === 0;
}

async function gatherFacts(environment: ActionEnvironment, inGit: boolean): Promise<BuildFacts> {
  const { cwd, env, github: gh } = environment;
  const assumptions: string[] = [];
  const needGit = (what: string) => {
    if (!inGit) {
      throw new ArtefactsError(
        'GIT_NOT_A_REPOSITORY',
        `${cwd} is not a git repository, and ${what} is not known otherwise.`,
        {
          hint: 'Check out the repository first (actions/checkout), or run from inside a clone.',
        },
      );
    }
  };

  let revision = gh?.pullRequest?.headSha || gh?.sha || '';
  if (revision === '') {
    needGit('the commit');
    revision = (await git(['rev-parse', 'HEAD'], { cwd })).trim();
    assumptions.push(`revision ${revision} from git HEAD`);
  }

  let branch: string | undefined;
  if (gh !== undefined) {
    if (gh.pullRequest !== undefined) branch = gh.pullRequest.headRef || gh.headRef || undefined;
    else if (gh.ref.startsWith('refs/heads/')) branch = gh.ref.slice('refs/heads/'.length);
  } else {
    const named = env.CI_COMMIT_REF_NAME || env.BRANCH_NAME || undefined;
    if (named !== undefined) {
      branch = named;
      assumptions.push(`branch '${branch}' from ${env.CI_COMMIT_REF_NAME ? 'CI_COMMIT_REF_NAME' : 'BRANCH_NAME'}`);
    } else if (inGit) {
      const symbolic = await gitRaw(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd });
      if (symbolic.exitCode === 0 && symbolic.stdout.trim() !== '') {
        branch = symbolic.stdout.trim();
        assumptions.push(`branch '${branch}' from git`);
      } else assumptions.push('no branch (detached HEAD)');
    }
  }

  let runNumber: string;
  if (gh !== undefined && gh.runNumber > 0) runNumber = String(gh.runNumber);
  else {
    const fromEnv = ['ARTEFACTS_RUN_NUMBER', 'CI_PIPELINE_IID', 'BUILD_NUMBER'].find((n) => (env[n] ?? '') !== '');
    if (fromEnv !== undefined) {
      runNumber = env[fromEnv] ?? '';
      if (!/^\d+$/.test(runNumber)) {
        throw new ArtefactsError(
          'INPUT_INVALID',
          `${fromEnv}=${JSON.stringify(runNumber)} is not a whole number, so it cannot be the run number.`,
        );
      }
      assumptions.push(`run_number ${runNumber} from ${fromEnv}`);
    } else {
      needGit('the run number (set ARTEFACTS_RUN_NUMBER)');
      runNumber = (await git(['rev-list', '--count', 'HEAD'], { cwd })).trim();
      const shallow = (await git(['rev-parse', '--is-shallow-repository'], { cwd })).trim() === 'true';
      assumptions.push(
        `run_number ${runNumber} = commits in HEAD${shallow ? ' (shallow clone: this count is too low)' : ''}; set ARTEFACTS_RUN_NUMBER to choose`,
      );
    }
  }
  const runAttempt = gh !== undefined && gh.runAttempt > 0 ? String(gh.runAttempt) : env.ARTEFACTS_RUN_ATTEMPT || '1';

  const { created, createdSource } = await reproducibleTime(environment, revision, inGit);
  return { revision, branch, pr: gh?.pullRequest?.number, runNumber, runAttempt, created, createdSource, assumptions };
}

/** SOURCE_DATE_EPOCH, else the commit time of the built revision: never the wall clock. */
async function reproducibleTime(
  environment: ActionEnvironment,
  revision: string,
  inGit: boolean,
): Promise<{ created: Date; createdSource: string }> {
  const { env, cwd, logger } = environment;
  const epoch = parse.sourceDateEpoch(env);
  if (epoch !== undefined) return { created: new Date(epoch * 1000), createdSource: 'SOURCE_DATE_EPOCH' };
  if (inGit) {
    const shown = await gitRaw(['show', '-s', '--format=%ct', `${revision}^{commit}`], { cwd });
    if (shown.exitCode === 0 && /^\d+$/.test(shown.stdout.trim())) {
      return {
        created: new Date(Number(shown.stdout.trim()) * 1000),
        createdSource: `commit time of ${revision.slice(0, 12)}`,
      };
    }
  }
  const headCommit =
    (environment.github?.payload.head_commit as { id?: string; timestamp?: string } | undefined) ?? undefined;
  if (headCommit?.id === revision && headCommit.timestamp && !Number.isNaN(Date.parse(headCommit.timestamp))) {
    return {
      created: new Date(Date.parse(headCommit.timestamp)),
      createdSource: 'head_commit.timestamp of the push event',
    };
  }
  if (inGit) {
    const head = await gitRaw(['show', '-s', '--format=%ct%n%H', 'HEAD'], { cwd });
    const [seconds = '', sha = ''] = head.stdout.trim().split('\n');
    if (head.exitCode === 0 && /^\d+$/.test(seconds)) {
      // Typical on pull_request with a depth-1 checkout: the PR head is a parent of the merge commit, not fetched.
      logger.info(
        `The built commit ${revision.slice(0, 12)} is not in the clone, so 'created' uses the commit time of HEAD (${sha.slice(0, 12)}). Set SOURCE_DATE_EPOCH to choose.`,
      );
      return { created: new Date(Number(seconds) * 1000), createdSource: `commit time of HEAD ${sha.slice(0, 12)}` };
    }
  }
  throw new ArtefactsError(
    'GIT_NOT_A_REPOSITORY',
    `Cannot find a reproducible creation time: the commit ${revision} is not available.`,
    {
      hint: 'Check out the repository (actions/checkout) or set SOURCE_DATE_EPOCH.',
    },
  );
}

/**
 * `https://[user[:token]@]host[:port]/owner/repo[.git]`, `ssh://git@host[:port]/owner/repo.git` or the scp-like
 * `git@host:owner/repo.git` → host, owner (may hold groups: `group/sub`), repo. Credentials are dropped.
 * Local paths and file:// URLs give undefined.
 */
export function parseRemoteUrl(raw: string): { host: string; owner: string; repo: string } | undefined {
  const url = raw.trim();
  let host: string;
  let path: string;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(url);
  if (scheme !== null) {
    if (!['https', 'http', 'ssh', 'git'].includes((scheme[1] ?? '').toLowerCase())) return undefined;
    const rest = scheme[2] ?? '';
    const slash = rest.indexOf('/');
    if (slash <= 0) return undefined;
    const authority = rest.slice(0, slash);
    host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    path = rest.slice(slash + 1);
  } else {
    const scp = /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
    if (scp === null) return undefined;
    host = scp[1] ?? '';
    path = scp[2] ?? '';
  }
  const parts = path
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter((p) => p !== '');
  const repo = parts.pop();
  if (host === '' || repo === undefined || parts.length === 0) return undefined;
  return { host, owner: parts.join('/'), repo };
}

async function remoteFacts(
  cwd: string,
  inGit: boolean,
): Promise<{ host: string; owner: string; repo: string } | undefined> {
  if (!inGit) return undefined;
  const remote = await gitRaw(['remote', 'get-url', 'origin'], { cwd });
  return remote.exitCode === 0 ? parseRemoteUrl(remote.stdout) : undefined;
}

interface RepoPayload {
  name?: unknown;
  full_name?: unknown;
  description?: unknown;
  html_url?: unknown;
  license?: { spdx_id?: unknown } | null;
}

function fromRepoObject(repo: RepoPayload, source: string): RepositoryFacts {
  const s = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    name: s(repo.name) ?? s(repo.full_name)?.split('/').pop(),
    description: s(repo.description),
    license: s(repo.license?.spdx_id),
    htmlUrl: s(repo.html_url),
    source,
  };
}

async function repositoryFacts(
  environment: ActionEnvironment,
  api: GitHubApi | undefined,
  remote: { host: string; owner: string; repo: string } | undefined,
): Promise<RepositoryFacts> {
  const payloadRepo = environment.github?.payload.repository as RepoPayload | undefined;
  if (payloadRepo !== undefined && typeof payloadRepo.html_url === 'string')
    return fromRepoObject(payloadRepo, 'event payload');
  if (api !== undefined && environment.github !== undefined) {
    try {
      const response = await api.request<RepoPayload>('GET', api.repoPath(''), {
        what: 'read the repository metadata',
      });
      return fromRepoObject(response.data, 'GitHub API');
    } catch (error) {
      environment.logger.warning(
        `Repository metadata for labels: ${describeError(error)} Falling back to the git remote.`,
      );
    }
  }
  if (remote !== undefined) {
    return {
      name: remote.repo,
      description: undefined,
      license: undefined,
      htmlUrl: `https://${remote.host}/${remote.owner}/${remote.repo}`,
      source: 'git remote',
    };
  }
  return { name: undefined, description: undefined, license: undefined, htmlUrl: undefined, source: 'none' };
}

function makeApi(
  environment: ActionEnvironment,
  token: string,
  remote: { host: string; owner: string; repo: string } | undefined,
): GitHubApi | undefined {
  const gh = environment.github;
  if (gh !== undefined && gh.owner !== '' && gh.repo !== '') {
    return new GitHubApi({ apiUrl: gh.apiUrl, token, owner: gh.owner, repo: gh.repo, logger: environment.logger });
  }
  if (remote === undefined) return undefined;
  const apiUrl =
    environment.env.GITHUB_API_URL ||
    (remote.host === 'github.com' ? 'https://api.github.com' : `https://${remote.host}/api/v3`);
  return new GitHubApi({ apiUrl, token, owner: remote.owner, repo: remote.repo, logger: environment.logger });
}

function templateValues(version: SemVer, facts: BuildFacts, shaLength: number): TemplateValues {
  return {
    version: versionString(version),
    major: String(version.major),
    minor: String(version.minor),
    patch: String(version.patch),
    prerelease: version.prerelease.join('.'),
    build: version.build.join('.'),
    run_number: facts.runNumber,
    run_attempt: facts.runAttempt,
    sha: facts.revision.slice(0, shaLength),
    sha7: facts.revision.slice(0, 7),
    branch: facts.branch,
    pr: facts.pr === undefined ? undefined : String(facts.pr),
  };
}

function writeBakeFiles(
  directory: string,
  parts: { tags: string[]; labels: Record<string, string>; annotations: string[]; args: Record<string, string> },
) {
  const write = (suffix: string, definition: Record<string, unknown>) => {
    const path = join(directory, `docker-metadata-action-bake${suffix}.json`);
    writeFileSync(path, `${JSON.stringify({ target: { 'docker-metadata-action': definition } }, null, 2)}\n`);
    return path;
  };
  return {
    'bake-file': write('', { tags: parts.tags, labels: parts.labels, args: parts.args }),
    'bake-file-tags': write('-tags', { tags: parts.tags, args: parts.args }),
    'bake-file-labels': write('-labels', { labels: parts.labels }),
    'bake-file-annotations': write('-annotations', { annotations: parts.annotations }),
  };
}

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

function needsTagHistory(inputs: BuildTagInputs, version: SemVer): boolean {
  if (version.prerelease.length > 0) return false;
  if (inputs.latest === 'auto' || inputs.moveMajorTag) return true;
  return inputs.tagRules.some((r) => r.enable && r.type === 'semver' && (r.scope === 'minor' || r.scope === 'major'));
}

interface GitTagOutcome {
  readonly tag: string;
  readonly status: CreateTagResult | 'skipped';
  readonly reason?: string;
  readonly major?: { readonly tag: string; readonly status: MoveTagResult | 'skipped'; readonly reason?: string };
}

async function pushGitTags(
  inputs: BuildTagInputs,
  environment: ActionEnvironment,
  api: GitHubApi | undefined,
  version: SemVer,
  revision: string,
  highest: Highest | undefined,
): Promise<GitTagOutcome> {
  const tag = `${inputs.tagPrefix}${versionString(version)}`;
  const logger = environment.logger;
  if (environment.github?.pullRequest !== undefined) {
    logger.notice(
      `push-git-tag: not tagging ${tag} on a pull request; the tag is created when the change is built on its branch.`,
    );
    return { tag, status: 'skipped', reason: 'pull request' };
  }
  if (api === undefined) {
    throw new ArtefactsError('GITHUB_CONTEXT', 'push-git-tag needs the GitHub repository, which is not known here.', {
      hint: 'Run under GitHub Actions, or from a clone whose origin remote is the GitHub repository (with GITHUB_TOKEN set).',
    });
  }
  if (inputs.githubToken === '') {
    throw new ArtefactsError(
      'INPUT_MISSING',
      "Input 'github-token' is empty, but push-git-tag needs a token with contents: write.",
      {
        hint: 'Keep the default github-token: ${{ github.token }} and add permissions: { contents: write } to the job.',
      },
    );
  }
  const status = await createTag(api, {
    tag,
    sha: revision,
    ...(inputs.annotatedTag ? { annotated: { message: `Release ${versionString(version)}` } } : {}),
    logger,
  });
  if (!inputs.moveMajorTag) return { tag, status };
  const majorTag = `${inputs.tagPrefix}${version.major}`;
  let refusal: string | undefined;
  if (version.prerelease.length > 0) refusal = 'prerelease';
  else if (version.major === 0) refusal = 'never a 0 major tag';
  else if (highest !== undefined && !highest.inMajor)
    refusal = `${highest.above.major ?? 'a higher version'} is tagged`;
  if (refusal !== undefined) {
    logger.info(`Not moving ${majorTag}: ${refusal}.`);
    return { tag, status, major: { tag: majorTag, status: 'skipped', reason: refusal } };
  }
  const moved = await moveTag(api, { tag: majorTag, sha: revision, logger });
  return { tag, status, major: { tag: majorTag, status: moved } };
}

function summaryMarkdown(
  version: SemVer,
  plan: TagPlan,
  images: readonly string[],
  labels: Record<string, string>,
  facts: BuildFacts,
  gitTag: GitTagOutcome | undefined,
): string {
  const lines = [
    `### build-tag: \`${plan.immutable}\``,
    '',
    `Version **${versionString(version)}**, revision \`${facts.revision.slice(0, 12)}\`, created ${facts.created.toISOString()} (${facts.createdSource}).`,
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
    lines.push('', `Git tag \`${gitTag.tag}\`: ${gitTag.status}${gitTag.reason ? ` (${gitTag.reason})` : ''}`);
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

/** build-tag's core entry point: the action and `artefacts build-tag` both call this. */
export async function buildTag(inputs: BuildTagInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const { logger, cwd } = environment;
  const versionText =
    inputs.version ??
    parseVersionInput(
      await resolveVersion({ tagPrefix: inputs.tagPrefix, token: inputs.githubToken }, environment),
      inputs.tagPrefix,
    );
  const version = semver.parse(versionText);
  if (version === null) throw new ArtefactsError('INTERNAL', `Version ${versionText} did not parse.`);

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
    gatherFacts(environment, inGit),
    needsTagHistory(inputs, version) ? listVersionTags(cwd, inputs.tagPrefix, logger) : undefined,
    remoteFacts(cwd, inGit),
  ]);
  for (const assumption of facts.assumptions) logger.info(`Assumed: ${assumption}.`);

  let highest: Highest | undefined;
  if (tagList !== undefined) {
    if (!tagList.complete) throw incompleteTagsError(tagList.note, versionText);
    highest = highestStable(version, tagList.tags);
    logger.debug(`Highest-stable check against ${tagList.note}: ${JSON.stringify(highest)}`);
  }

  const values = templateValues(version, facts, inputs.shaLength);
  const plan = planTags(inputs.template, inputs.tagRules, inputs.latest, {
    values,
    time: facts.created,
    stable: version.prerelease.length === 0,
    major: version.major,
    highestInMinor: highest?.inMinor ?? true,
    highestInMajor: highest?.inMajor ?? true,
    highestOverall: highest?.overall ?? true,
    ...(highest === undefined ? {} : { above: highest.above }),
    revision: facts.revision,
    shaLength: inputs.shaLength,
    pr: facts.pr,
    branch: facts.branch,
  });
  const tagNames = plan.tags.map((t) => t.name);
  const tags =
    inputs.images.length === 0 ? tagNames : inputs.images.flatMap((image) => tagNames.map((t) => `${image}:${t}`));

  const api = makeApi(environment, inputs.githubToken, remote);
  const repository = await repositoryFacts(environment, api, remote);
  const standard = standardLabels({
    created: facts.created,
    revision: facts.revision,
    version: plan.immutable,
    repository,
  });
  const labels = mergeLabels(standard, inputs.labels);
  const annotations = annotationLines(standard, inputs.annotations, inputs.annotationLevels);

  const gitTag = inputs.pushGitTag
    ? await pushGitTags(inputs, environment, api, version, facts.revision, highest)
    : undefined;

  const directory = mkdtempSync(join(environment.env.RUNNER_TEMP || tmpdir(), 'build-tag-'));
  const bake = writeBakeFiles(directory, {
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
    skipped: plan.skipped,
    'git-tag': gitTag ?? null,
    'repository-source': repository.source,
  };
  const outputs: Record<string, string> = {
    version: plan.immutable,
    tags: tags.join('\n'),
    'tag-names': tagNames.join('\n'),
    labels: Object.entries(labels)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    annotations: annotations.join('\n'),
    json: JSON.stringify(json),
    ...bake,
    'immutable-tag': plan.immutable,
    'git-tag': gitTag?.status === 'skipped' || gitTag === undefined ? '' : gitTag.tag,
    'git-tag-status': gitTag?.status ?? 'skipped',
  };
  const env: Record<string, string> = {};
  if (inputs.exportEnv) for (const name of MIRRORED_OUTPUTS) env[envMirrorName(name)] = outputs[name] ?? '';

  logTags(logger, plan, tags);
  return {
    outputs,
    summary: jobSummary(
      'build-tag',
      plan.immutable,
      environment.github,
      summaryMarkdown(version, plan, inputs.images, labels, facts, gitTag),
    ),
    ...(inputs.exportEnv ? { env } : {}),
  };
}

function logTags(logger: Logger, plan: TagPlan, tags: readonly string[]) {
  logger.info(`Immutable tag: ${plan.immutable}`);
  for (const tag of tags) logger.info(`  ${tag}`);
  for (const skipped of plan.skipped) logger.info(`  (not applied: ${skipped.source}: ${skipped.reason})`);
}
