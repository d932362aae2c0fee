/** The pin action's and `artefacts pin`'s inputs: parsed once, typed. */
import { inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import { parseRegistryAccess, plainValue } from '../paths.js';
import { parseReference, registryHostProblem } from '../oci/references.js';

export interface PinInputs extends RegistryAccess {
  /** Files, directories (walked) or globs, relative to the workspace. */
  readonly paths: readonly string[];
  /** Change nothing: report every reference and the share pinned, fail below `minPinned`. */
  readonly check: boolean;
  /** With `check`: the share of references pinned by digest (a percentage, 0 to 100) below which the run fails. */
  readonly minPinned: number;
  /** Leave references that cannot be resolved as they are instead of failing (they are reported either way). */
  readonly allowUnresolved: boolean;
  /** Ask the registry whether the digest of each already pinned reference still exists. */
  readonly verifyPinned: boolean;
  /**
   * The one registry the explicit credentials are for (`registry`, as people write it: `ghcr.io`,
   * `docker.io`); every other registry the files name gets ~/.docker/config.json or nothing.
   */
  readonly credentialsRegistry: string | undefined;
}

export const PIN_SECRETS = ['registry-password'] as const;
/** Inputs naming files or directories: confined to the workspace unless listed in allow-outside-workspace. */
const PIN_PATH_INPUTS = ['paths'] as const;

/** `min-pinned`: a percentage from 0 to 100 (`80`, `80%`, `99.5`); empty = 100, every reference. */
function percentage(raw: RawInputs, name: string): number {
  const given = raw(name).trim();
  if (given === '') return 100;
  const number = /^(\d{1,3}(?:\.\d+)?)\s*%?$/.exec(given)?.[1];
  if (number === undefined || Number(number) > 100) {
    throw inputError(name, given, 'a percentage from 0 to 100 (e.g. 100, 80 or 99.5%)');
  }
  return Number(number);
}

export function parsePinInputs(raw: RawInputs): PinInputs {
  const paths = parse.list(raw, 'paths', { comma: false });
  if (paths.length === 0) {
    throw inputError('paths', raw('paths'), 'one or more files, directories or globs, one per line');
  }
  for (const p of paths) plainValue('paths', p);
  const access = parseRegistryAccess(raw, PIN_PATH_INPUTS);
  const registry = parse.optionalText(raw, 'registry');
  let credentialsRegistry: string | undefined;
  if (registry !== undefined) {
    // Written as people write it; Docker Hub's other names are the same registry. The host is checked
    // first, so that no error shows the reference built here to read it, which the user never wrote.
    const accepted = 'a registry host, with its port if any (e.g. ghcr.io, docker.io, 127.0.0.1:5000)';
    const plain = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/.test(registry);
    const problem = plain ? registryHostProblem(registry) : undefined;
    if (problem !== undefined) throw inputError('registry', registry, `${accepted}; ${problem.part} ${problem.why}`);
    const host = plain ? parseReference(`${registry}/x/y`) : undefined;
    if (host?.kind !== 'registry' || host.registry.includes('/')) throw inputError('registry', registry, accepted);
    credentialsRegistry = host.registry;
  }
  if (access.registryUsername !== undefined && credentialsRegistry === undefined) {
    throw inputError(
      'registry',
      '',
      'the registry host registry-username and registry-password are for (e.g. ghcr.io): the files can name many registries, and credentials go to that one only',
    );
  }
  return {
    paths,
    check: parse.boolean(raw, 'check', false),
    minPinned: percentage(raw, 'min-pinned'),
    allowUnresolved: parse.boolean(raw, 'allow-unresolved', false),
    verifyPinned: parse.boolean(raw, 'verify-pinned', false),
    credentialsRegistry,
    ...access,
  };
}
