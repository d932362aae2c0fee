import * as core from '@actions/core';
import { parseBuildTagInputs, type BuildTagInputs } from '@immutable-artefacts/core';

/** Separators are taken as given: a space or a comma is a separator, not something to trim. */
const UNTRIMMED = new Set(['sep-tags', 'sep-labels', 'sep-annotations']);

/** The only file that reads the runner's inputs. The token is masked as soon as it is read. */
export function getInputs(): BuildTagInputs {
  const token = core.getInput('github-token');
  if (token !== '') core.setSecret(token);
  return parseBuildTagInputs((name) =>
    name === 'github-token' ? token : core.getInput(name, { trimWhitespace: !UNTRIMMED.has(name) }),
  );
}
