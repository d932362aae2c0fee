import { runAction } from '../../shared/src/runner.js';
import { getInputs } from './inputs.js';
import { run } from './main.js';

await runAction('semver-calculate', async () => run(getInputs()));
