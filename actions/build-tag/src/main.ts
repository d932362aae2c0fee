import { buildTag, readGitHubContext, type BuildTagInputs } from '@immutable-artefacts/core';
import { actionLogger, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: BuildTagInputs): Promise<ActionResult> {
  const outcome = await buildTag(inputs, {
    cwd: process.cwd(),
    env: process.env,
    logger: actionLogger,
    github: readGitHubContext(process.env),
  });
  return { outputs: outcome.outputs, summary: outcome.summary, ...(outcome.env ? { env: outcome.env } : {}) };
}
