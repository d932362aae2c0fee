import { runUrl, type GitHubContext } from './github/context.js';
import type { ActionOutcome } from './action.js';

/**
 * The look every job summary shares: one header naming what the step did and the artefact it did it
 * to (a digest; for the versioning steps, which run before there is one, the version or tag), then a
 * link to the run (with its attempt), then the step's own table. The body's leading heading, if any,
 * becomes the header's title, so nothing the step said is lost.
 */
export function jobSummary(title: string, subject: string, github: GitHubContext | undefined, body: string): string {
  const heading = /^\s*#{1,6} ([^\n]*)\n+/.exec(body);
  const rest = heading ? body.slice(heading[0].length) : body;
  const name = heading?.[1]?.trim() || title;
  const header = subject === '' || name.includes(subject) ? `### ${name}` : `### ${name} · \`${subject}\``;
  return `${header}\n\n${runLink(github)}\n\n${rest}`;
}

/** `[release #87](…/actions/runs/123/attempts/2)`, or a plain note outside GitHub Actions. */
export function runLink(github: GitHubContext | undefined): string {
  if (github === undefined || github.runId === '' || github.repository === '') return 'Run outside GitHub Actions.';
  const attempt = github.runAttempt > 1 ? github.runAttempt : undefined;
  const label = `${github.workflow || 'workflow'} run #${github.runNumber || github.runId}${attempt ? `, attempt ${attempt}` : ''}`;
  return `[${label}](${runUrl(github)}${attempt ? `/attempts/${attempt}` : ''})`;
}

/** Applies jobSummary to an outcome. */
export function withJobSummary(
  outcome: ActionOutcome,
  title: string,
  subject: string,
  github: GitHubContext | undefined,
): ActionOutcome {
  return { ...outcome, summary: jobSummary(title, subject, github, outcome.summary) };
}
