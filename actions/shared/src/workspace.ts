/**
 * Where an action runs: the runner starts it in GITHUB_WORKSPACE (the checkout). Apart from the
 * runner module so that an entry can ask before @actions/core and the rest of its bundle are loaded.
 */
export function actionCwd(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}
