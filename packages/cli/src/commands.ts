import {
  parseSbomInputs,
  sbom,
  type ActionEnvironment,
  type ActionOutcome,
  type RawInputs,
} from '@immutable-artefacts/core';

/** A CLI command that runs an action's logic: the same input parser and the same core entry point. */
export interface Command {
  /** Parses raw inputs (action.yml defaults already applied) into the action's typed inputs. */
  readonly parse: (raw: RawInputs) => unknown;
  readonly run: (inputs: never, environment: ActionEnvironment) => Promise<ActionOutcome>;
  /** Inputs whose values are secrets, masked from every later line. */
  readonly secrets?: readonly string[];
}

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
export const commands: Record<string, Command> = {
  sbom: { parse: parseSbomInputs, run: sbom as Command['run'] },
};
