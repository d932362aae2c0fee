/** The semver-calculate action: the version, its outputs, the job summary and the sticky PR comment. */
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { describeError } from '../errors.js';
import { GitHubApi } from '../github/api.js';
import { stickyMarker, upsertStickyComment } from '../github/comments.js';
import { jobSummary } from '../summary.js';
import { calculateVersion } from './calculate.js';
import type { SemverCalculateInputs } from './options.js';
import { renderSummary } from './report.js';
import type { VersionResult } from './version-result.js';

/** Every output, as strings. */
function versionOutputs(result: VersionResult): Record<string, string> {
  const outputs: Record<string, string> = {
    version: result.version,
    'version-tag': result.versionTag,
    'release-version': result.releaseVersion,
    'previous-version': result.previousVersion ?? '',
    'previous-tag': result.previousTag ?? '',
    bump: result.bump,
    'bump-source': result.bumpSource,
    major: String(result.major),
    minor: String(result.minor),
    patch: String(result.patch),
    prerelease: result.prerelease,
    build: result.build,
    'is-prerelease': String(result.isPrerelease),
    'is-tagged': String(result.isTagged),
    'commits-since': String(result.commitsSince),
    changelog: result.changelog,
  };
  outputs.json = JSON.stringify({
    ...Object.fromEntries(Object.entries(outputs).filter(([k]) => k !== 'changelog')),
    major: result.major,
    minor: result.minor,
    patch: result.patch,
    'is-prerelease': result.isPrerelease,
    'is-tagged': result.isTagged,
    'commits-since': result.commitsSince,
    changelog: result.changelog,
    reasons: result.reasons,
    labels: result.labels,
    sha: result.sha,
    branch: result.branch ?? null,
    'pull-request': result.pullRequest ?? null,
    channel: result.channel ?? null,
    assumptions: result.assumptions,
  });
  return outputs;
}

const SEMVER_CALCULATE_MARKER = stickyMarker('semver-calculate');

/** The semver-calculate action: the version, its outputs, the job summary and the sticky PR comment. */
export async function runSemverCalculate(
  inputs: SemverCalculateInputs,
  environment: ActionEnvironment,
): Promise<ActionOutcome> {
  const { logger, github } = environment;
  const result = await calculateVersion(inputs, environment);
  logger.info(
    `${result.previousVersion ?? '(none)'} → ${result.version} (bump ${result.bump}, from ${result.bumpSource})`,
  );
  const summary = renderSummary(result, inputs);
  const pr = github?.pullRequest;
  if (pr !== undefined && github !== undefined && /^pull_request/.test(github.eventName) && inputs.comment) {
    // pull_request_target runs with the base repository's token, which can comment on forks' PRs.
    if (pr.isFork && github.eventName !== 'pull_request_target') {
      logger.notice('Fork pull request: its token is read-only, so the version preview is in the job summary only.');
    } else if (inputs.token === '') {
      logger.notice('No github-token: the version preview is in the job summary only.');
    } else {
      const api = new GitHubApi({
        apiUrl: github.apiUrl,
        token: inputs.token,
        owner: github.owner,
        repo: github.repo,
        logger,
      });
      const outcome = await upsertStickyComment(api, pr.number, SEMVER_CALCULATE_MARKER, summary, logger).catch(
        (error: unknown) => {
          logger.warning(`Could not write the preview comment on pull request #${pr.number}: ${describeError(error)}`);
          return undefined;
        },
      );
      if (outcome?.status === 'skipped') {
        logger.notice(`The version preview is in the job summary only: ${outcome.reason}.`);
      }
    }
  }
  return {
    outputs: versionOutputs(result),
    summary: jobSummary('semver-calculate', result.versionTag, github, summary),
  };
}
