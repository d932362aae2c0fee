import type { GitHubContext } from './github/context.js';
import type { ArtefactsError } from './errors.js';
import type { Logger } from './log.js';

/** What every action's core entry point gets: the place it runs and how to talk back. */
export interface ActionEnvironment {
  /** The workspace: the repository checkout (GITHUB_WORKSPACE, or the CLI's cwd). */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly logger: Logger;
  /** Undefined outside GitHub Actions (the CLI on a laptop or another CI). */
  readonly github: GitHubContext | undefined;
}

/** What every action's core entry point returns; the action or the CLI writes it out. */
export interface ActionOutcome {
  /** Output name (kebab-case) → value; always includes `json`. */
  readonly outputs: Readonly<Record<string, string>>;
  /** The job summary, as markdown. */
  readonly summary: string;
  /** Environment variables to export for later steps (GITHUB_ENV). */
  readonly env?: Readonly<Record<string, string>>;
  /** The step fails with this error after its outputs and summary are written (a report that finds a fault). */
  readonly failure?: ArtefactsError;
}
