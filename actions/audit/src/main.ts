import { runAudit, type AuditInputs } from '@immutable-artefacts/core';
import { actionEnvironment, type ActionResult } from '../../shared/src/runner.js';

export async function run(inputs: AuditInputs): Promise<ActionResult> {
  return runAudit(inputs, actionEnvironment());
}
