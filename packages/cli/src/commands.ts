import {
  buildTag,
  parseBuildTagInputs,
  sign,
  parseReleaseInputs,
  parseSemverCalculateInputs,
  release,
  semverCalculate,
  PROMOTE_SECRETS,
  parsePromoteInputs,
  runPromote,
  parseSbomInputs,
  SBOM_SECRETS,
  sbom,
  PACK_SECRETS,
  parsePackInputs,
  runPack,
  parsePullInputs,
  runPull,
  type ActionEnvironment,
  type ActionOutcome,
  type RawInputs,
} from '@immutable-artefacts/core';
import { inputsFor } from './defaults.js';

/** A CLI command that runs an action's logic: the same input parser and the same core entry point. */
export interface Command {
  /** Parses raw inputs (action.yml defaults already applied) into the action's typed inputs. */
  readonly parse: (raw: RawInputs) => unknown;
  readonly run: (inputs: never, environment: ActionEnvironment) => Promise<ActionOutcome>;
  /** Inputs whose values are secrets, masked from every later line. */
  readonly secrets?: readonly string[];
  /** CLI-only commands (no action.yml): a one-line description and the accepted flags, for help and checking. */
  readonly description?: string;
  readonly flags?: Readonly<Record<string, string>>;
  /** The input a single bare argument stands for (`artefacts pull <reference>`). */
  readonly positional?: string;
}

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
export const commands: Record<string, Command> = {
  sign: {
    parse: sign.parseSignActionInputs,
    run: sign.runSign as Command['run'],
    secrets: sign.SIGN_SECRETS,
  },
  verify: {
    parse: sign.parseVerifyActionInputs,
    run: sign.runVerify as Command['run'],
    secrets: sign.VERIFY_SECRETS,
  },
  // CLI-only: writes cosign.key / cosign.pub (password from COSIGN_PASSWORD). Flags: --output-prefix P.
  keygen: {
    description: 'Write a cosign-compatible key pair: <prefix>.key (encrypted with COSIGN_PASSWORD) and <prefix>.pub.',
    flags: {
      'output-prefix': 'Path prefix of the key files (default: cosign), inside the working directory.',
      'allow-outside-workspace':
        'output-prefix: let the key pair be written outside the working directory (symbolic links followed).',
    },
    parse: sign.parseKeygenInputs,
    run: sign.runKeygen as Command['run'],
  },
  'build-tag': { parse: parseBuildTagInputs, run: buildTag, secrets: ['github-token'] },
  'semver-calculate': { parse: parseSemverCalculateInputs, run: semverCalculate, secrets: ['github-token'] },
  // CLI-only: the whole pipeline on this repository (the README's main job, `npm start`).
  release: {
    description:
      'The whole pipeline on this repository, offline: version, immutable tag, pack dist/, SBOM, sign, verify, promote dev → prod.',
    flags: {
      'tag-prefix': 'Prefix of version tags (default: v).',
      image: 'Image name for the tag list (default: the repository folder name).',
      dev: 'Where dist/ is packed: a registry repository, or oci:<dir> (default: oci:.artefacts/dev).',
      prod: 'Where it is promoted: a registry repository, or oci:<dir> (default: oci:.artefacts/prod).',
      path: 'What is packed (default: dist). It and oci: directories stay inside the working directory.',
    },
    parse: parseReleaseInputs,
    run: ((inputs: Parameters<typeof release>[0], environment: ActionEnvironment) =>
      release(inputs, (action) => inputsFor(action), environment)) as Command['run'],
  },
  promote: { parse: parsePromoteInputs, run: runPromote, secrets: PROMOTE_SECRETS },
  sbom: { parse: parseSbomInputs, run: sbom as Command['run'], secrets: SBOM_SECRETS },
  pack: { parse: parsePackInputs, run: runPack as Command['run'], secrets: PACK_SECRETS },
  // CLI-only: the reverse of pack.
  pull: {
    description: 'Get the files of an artefact (as pack writes it) back into a directory, every digest verified.',
    flags: {
      reference: 'The artefact: registry/repository:tag|@digest or oci:<dir>:tag (also as the first argument).',
      output:
        'Directory to write into (default: the current directory), inside it; existing files are never overwritten.',
      'allow-outside-workspace':
        'Names of the flags (output, reference) whose path may resolve outside the working directory.',
      'registry-username': 'Registry user name (with --registry-password).',
      'registry-password': 'Registry password or token.',
    },
    positional: 'reference',
    parse: parsePullInputs,
    run: runPull as Command['run'],
    secrets: ['registry-password'],
  },
};
