import {
  AUDIT_SECRETS,
  parseAuditInputs,
  runAudit,
  BUILD_TAG_SECRETS,
  DIGEST_SECRETS,
  INSPECT_SECRETS,
  LS_SECRETS,
  TREE_SECRETS,
  parseDigestInputs,
  parseInspectInputs,
  parseLsInputs,
  parseTreeInputs,
  runDigest,
  runInspect,
  runLs,
  runTree,
  PACK_SECRETS,
  PROMOTE_SECRETS,
  PULL_SECRETS,
  SBOM_SECRETS,
  SEMVER_CALCULATE_SECRETS,
  SIGN_SECRETS,
  VERIFY_SECRETS,
  parseBuildTagInputs,
  parseKeygenInputs,
  parsePackInputs,
  parsePromoteInputs,
  parsePullInputs,
  parseReleaseInputs,
  parseSbomInputs,
  parseSemverCalculateInputs,
  parseSignInputs,
  parseVerifyInputs,
  runBuildTag,
  runKeygen,
  runPack,
  runPromote,
  runPull,
  runRelease,
  runSbom,
  runSemverCalculate,
  runSign,
  runVerify,
  type ActionEnvironment,
  type ActionOutcome,
  type RawInputs,
} from '@immutable-artefacts/core';
import { inputsFor } from './defaults.js';

/** What every command has besides its logic: how the CLI names, documents and masks its inputs. */
interface CommandInfo {
  /** Inputs whose values are secrets, masked from every later line. */
  readonly secrets?: readonly string[];
  /** CLI-only commands (no action.yml): a one-line description and the accepted flags, for help and checking. */
  readonly description?: string;
  readonly flags?: Readonly<Record<string, string>>;
  /** The input a single bare argument stands for (`artefacts pull <reference>`). */
  readonly positional?: string;
}

/**
 * A command as written: the action's input parser and the core entry point that takes what it
 * returns. `I` links the two, so a parser and an entry point that disagree do not compile.
 */
export interface CommandDefinition<I> extends CommandInfo {
  /** Parses raw inputs (action.yml defaults already applied) into the action's typed inputs. */
  readonly parse: (raw: RawInputs) => I;
  readonly run: (inputs: NoInfer<I>, environment: ActionEnvironment) => Promise<ActionOutcome>;
}

/** A CLI command that runs an action's logic: the same input parser and the same core entry point. */
export interface Command extends CommandInfo {
  /** Parses the raw inputs and runs the entry point on them. */
  readonly execute: (raw: RawInputs, environment: ActionEnvironment) => Promise<ActionOutcome>;
}

/** The one way to make a Command: its typed inputs stay inside, between parse and run. */
export function defineCommand<I>(definition: CommandDefinition<I>): Command {
  const { parse, run, ...info } = definition;
  return { ...info, execute: (raw, environment) => run(parse(raw), environment) };
}

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
export const commands: Record<string, Command> = {
  sign: defineCommand({ parse: parseSignInputs, run: runSign, secrets: SIGN_SECRETS }),
  verify: defineCommand({ parse: parseVerifyInputs, run: runVerify, secrets: VERIFY_SECRETS }),
  // CLI-only: writes cosign.key / cosign.pub (password from COSIGN_PASSWORD). Flags: --output-prefix P.
  keygen: defineCommand({
    description: 'Write a cosign-compatible key pair: <prefix>.key (encrypted with COSIGN_PASSWORD) and <prefix>.pub.',
    flags: {
      'output-prefix': 'Path prefix of the key files (default: cosign), inside the working directory.',
      'allow-outside-workspace':
        'output-prefix: let the key pair be written outside the working directory (symbolic links followed).',
    },
    parse: parseKeygenInputs,
    run: runKeygen,
  }),
  'build-tag': defineCommand({ parse: parseBuildTagInputs, run: runBuildTag, secrets: BUILD_TAG_SECRETS }),
  'semver-calculate': defineCommand({
    parse: parseSemverCalculateInputs,
    run: runSemverCalculate,
    secrets: SEMVER_CALCULATE_SECRETS,
  }),
  // CLI-only: the whole pipeline on this repository (the README's main job, `npm start`).
  release: defineCommand({
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
    run: (inputs, environment) => runRelease(inputs, (action) => inputsFor(action), environment),
  }),
  promote: defineCommand({ parse: parsePromoteInputs, run: runPromote, secrets: PROMOTE_SECRETS }),
  sbom: defineCommand({ parse: parseSbomInputs, run: runSbom, secrets: SBOM_SECRETS }),
  pack: defineCommand({ parse: parsePackInputs, run: runPack, secrets: PACK_SECRETS }),
  // `artefacts audit REPO`: exit 1 when a recorded tag drifted or was deleted.
  audit: defineCommand({ parse: parseAuditInputs, run: runAudit, secrets: AUDIT_SECRETS, positional: 'reference' }),
  // CLI-only: the reverse of pack.
  pull: defineCommand({
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
    run: runPull,
    secrets: PULL_SECRETS,
  }),
  // CLI-only, read-only: what crane, cosign tree and oras discover answer.
  inspect: defineCommand({
    description:
      'What a reference is: digest, media type, kind, platforms, size, created, annotations, and the version, commit and immutable tag build-tag recorded.',
    flags: readFlags(
      'The image or artefact: registry/repository:tag|@digest or oci:<dir>:tag (also as the first argument).',
    ),
    positional: 'reference',
    parse: parseInspectInputs,
    run: runInspect,
    secrets: INSPECT_SECRETS,
  }),
  tree: defineCommand({
    description:
      'Everything attached to a digest: signatures, attestations by predicate type, SBOMs, promotion records (referrers API, fallback tag, cosign tags).',
    flags: readFlags('The image or artefact whose attachments to list (also as the first argument).'),
    positional: 'reference',
    parse: parseTreeInputs,
    run: runTree,
    secrets: TREE_SECRETS,
  }),
  digest: defineCommand({
    description: 'The digest a tag resolves to, alone on stdout (for $(artefacts digest REF)).',
    flags: readFlags('The tag or reference to resolve (also as the first argument).'),
    positional: 'reference',
    parse: parseDigestInputs,
    run: runDigest,
    secrets: DIGEST_SECRETS,
  }),
  ls: defineCommand({
    description: "A repository's tags; with --immutable true, only build-tag's immutable tags, each with its digest.",
    flags: {
      ...readFlags('The repository: registry/repository or oci:<dir>, no tag (also as the first argument).'),
      immutable: 'true: only the tags that name the version and commit their own manifest records (default: false).',
    },
    positional: 'reference',
    parse: parseLsInputs,
    run: runLs,
    secrets: LS_SECRETS,
  }),
};

/** The flags every read-only command takes. */
function readFlags(reference: string): Record<string, string> {
  return {
    reference,
    'registry-username':
      'Registry user name (with --registry-password); else the credential files, as docker login writes them.',
    'registry-password': 'Registry password or token.',
    'allow-outside-workspace': 'reference: let an oci: directory resolve outside the working directory.',
  };
}
