import { type ActionEnvironment, type ActionOutcome, type RawInputs } from '@immutable-artefacts/core';
import { inputsFor } from './defaults.js';

/**
 * The input a command's reference stands for: the first bare argument and `--ref` (one spelling for
 * "the thing this command acts on" across commands). `pick` chooses among several inputs by the value
 * (sbom: `oci:<dir>` is an OCI layout, anything else an image).
 */
export type ReferenceInput = string | { readonly inputs: readonly string[]; readonly pick: (value: string) => string };

/** What every command has besides its logic: how the CLI names, documents and masks its inputs. */
interface CommandInfo {
  /** CLI-only commands (no action.yml): a one-line description and the accepted flags, for help and checking. */
  readonly description?: string;
  readonly flags?: Readonly<Record<string, string>>;
  /**
   * CLI-only commands: which of `flags` are true/false switches (a bare `--flag` means true); every
   * other flag takes a value. An action's switches are its inputs whose action.yml default is true or false.
   */
  readonly switches?: readonly string[];
  /** CLI-only commands: what they output (the keys of `--json` without `json`), each described. */
  readonly outputs?: Readonly<Record<string, string>>;
  /** The action whose action.yml inputs and defaults the command takes, when not its own name (attest: sign). */
  readonly action?: string;
  /** What the reference (`REF`, `--ref`) stands for; the input's own flag stays an alias. */
  readonly reference?: ReferenceInput;
  /** Other flag names for inputs: flag → input (attest's `--type` for sign's attest-type). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Inputs the command cannot run without, checked before parsing (attest needs `--type`). */
  readonly needs?: readonly string[];
  /** One example command line, as a user types it. */
  readonly example: string;
  /** For a command that acts on files, not a reference: the list input its bare arguments are items of (`artefacts pin deploy/ Dockerfile`). */
  readonly operands?: string;
}

/**
 * A command as written: the action's input parser and the core entry point that takes what it
 * returns. `I` links the two, so a parser and an entry point that disagree do not compile.
 */
export interface CommandLogic<I> {
  /** Parses raw inputs (action.yml defaults already applied) into the action's typed inputs. */
  readonly parse: (raw: RawInputs) => I;
  readonly run: (inputs: NoInfer<I>, environment: ActionEnvironment) => Promise<ActionOutcome>;
  /** Inputs whose values are secrets (core's list for the action), masked from every later line. */
  readonly secrets: readonly string[];
}

/**
 * A command's logic is imported when the command runs (from its area's module in load/, a chunk of
 * the bundle of its own): `artefacts sbom` does not load and compile promote's or sign's code first.
 */
export interface CommandDefinition<I> extends CommandInfo {
  readonly load: () => Promise<CommandLogic<I>>;
}

/** A CLI command that runs an action's logic: the same input parser and the same core entry point. */
export interface Command extends CommandInfo {
  /** Parses the raw inputs and runs the entry point on them. */
  readonly execute: (raw: RawInputs, environment: ActionEnvironment) => Promise<ActionOutcome>;
}

/** The one way to make a Command: its typed inputs stay inside, between parse and run. */
export function defineCommand<I>(definition: CommandDefinition<I>): Command {
  const { load, ...info } = definition;
  return {
    ...info,
    execute: async (raw, environment) => {
      const { parse, run, secrets } = await load();
      // Masked as soon as the list is known: before the inputs are parsed, before anything is logged.
      for (const input of secrets) {
        const value = raw(input);
        if (value !== '') environment.logger.secret(value);
      }
      return run(parse(raw), environment);
    },
  };
}

/** Commands named after an action share its action.yml inputs; the rest are CLI-only. */
export const commands: Record<string, Command> = {
  sign: defineCommand({
    load: async () => {
      const { parseSignInputs: parse, runSign: run, SIGN_SECRETS: secrets } = await import('./load/sign.js');
      return { parse, run, secrets };
    },
    reference: 'image',
    example: 'artefacts sign --key cosign.key ghcr.io/acme/app@sha256:<hex>',
  }),
  // sign in attest mode under the name users expect: `artefacts attest --type vuln --path trivy.json REF`.
  attest: defineCommand({
    description:
      'Attest what a step produced (a vuln report, JUnit results, an approval) to an image, as sign does with attest-type: sign in attest mode.',
    action: 'sign',
    aliases: { type: 'attest-type', path: 'attest-path', environment: 'attest-environment' },
    needs: ['attest-type'],
    load: async () => {
      const { parseSignInputs: parse, runSign: run, SIGN_SECRETS: secrets } = await import('./load/sign.js');
      return { parse, run, secrets };
    },
    reference: 'image',
    example: 'artefacts attest --type vuln --path trivy.json --key cosign.key ghcr.io/acme/app@sha256:<hex>',
  }),
  verify: defineCommand({
    load: async () => {
      const { parseVerifyInputs: parse, runVerify: run, VERIFY_SECRETS: secrets } = await import('./load/sign.js');
      return { parse, run, secrets };
    },
    reference: 'image',
    example: 'artefacts verify --key cosign.pub ghcr.io/acme/app@sha256:<hex>',
  }),
  // CLI-only: writes cosign.key / cosign.pub (password from COSIGN_PASSWORD). Flags: --output-prefix P.
  keygen: defineCommand({
    description: 'Write a cosign-compatible key pair: <prefix>.key (encrypted with COSIGN_PASSWORD) and <prefix>.pub.',
    flags: {
      'output-prefix': 'Path prefix of the key files (default: cosign), inside the working directory.',
      'allow-outside-workspace':
        'output-prefix: let the key pair be written outside the working directory (symbolic links followed).',
    },
    outputs: {
      'private-key': 'The path of the encrypted private key.',
      'public-key': 'The path of the public key.',
      'key-hint': 'The key hint signatures made with this key carry.',
    },
    load: async () => {
      const { parseKeygenInputs: parse, runKeygen: run } = await import('./load/sign.js');
      return { parse, run, secrets: [] };
    },
    example: 'COSIGN_PASSWORD=... artefacts keygen --output-prefix release',
  }),
  'build-tag': defineCommand({
    load: async () => {
      const {
        parseBuildTagInputs: parse,
        runBuildTag: run,
        BUILD_TAG_SECRETS: secrets,
      } = await import('./load/build-tag.js');
      return { parse, run, secrets };
    },
    example: 'artefacts build-tag --version 1.4.0 --images ghcr.io/acme/app --json',
  }),
  'semver-calculate': defineCommand({
    load: async () => {
      const {
        parseSemverCalculateInputs: parse,
        runSemverCalculate: run,
        SEMVER_CALCULATE_SECRETS: secrets,
      } = await import('./load/semver-calculate.js');
      return { parse, run, secrets };
    },
    example: 'artefacts semver-calculate --tag-prefix v',
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
    outputs: {
      version: 'The version released.',
      'immutable-tag': 'The immutable tag the artefact got.',
      digest: 'The digest packed, signed and promoted.',
      tags: 'Every tag written, one per line.',
      report: 'What each step did, one line per step.',
    },
    load: async () => {
      const { parseReleaseInputs: parse, runRelease } = await import('./load/release.js');
      return {
        parse,
        secrets: [],
        run: (inputs, environment) =>
          runRelease(inputs, (action) => inputsFor(action, undefined, environment.env), environment),
      };
    },
    example: 'artefacts release --prod oci:.artefacts/prod',
  }),
  promote: defineCommand({
    load: async () => {
      const {
        parsePromoteInputs: parse,
        runPromote: run,
        PROMOTE_SECRETS: secrets,
      } = await import('./load/promote.js');
      return { parse, run, secrets };
    },
    reference: 'source',
    example: 'artefacts promote --destinations registry.example.com/prod/app ghcr.io/acme/app@sha256:<hex>',
  }),
  sbom: defineCommand({
    load: async () => {
      const { parseSbomInputs: parse, runSbom: run, SBOM_SECRETS: secrets } = await import('./load/sbom.js');
      return { parse, run, secrets };
    },
    reference: {
      inputs: ['image', 'oci-layout'],
      pick: (value) => (value.startsWith('oci:') ? 'oci-layout' : 'image'),
    },
    example: 'artefacts sbom --formats cyclonedx-json ghcr.io/acme/app@sha256:<hex>',
  }),
  pack: defineCommand({
    load: async () => {
      const { parsePackInputs: parse, runPack: run, PACK_SECRETS: secrets } = await import('./load/pack.js');
      return { parse, run, secrets };
    },
    reference: 'destination',
    example: 'artefacts pack --path dist oci:.artefacts/dev:1.4.0',
  }),
  pin: defineCommand({
    load: async () => {
      const { parsePinInputs: parse, runPin: run, PIN_SECRETS: secrets } = await import('./load/pin.js');
      return { parse, run, secrets };
    },
    operands: 'paths',
    example: 'artefacts pin deploy/ Dockerfile',
  }),
  // `artefacts audit REPO`: exit 1 when a recorded tag drifted or was deleted.
  audit: defineCommand({
    load: async () => {
      const { parseAuditInputs: parse, runAudit: run, AUDIT_SECRETS: secrets } = await import('./load/audit.js');
      return { parse, run, secrets };
    },
    reference: 'reference',
    example: 'artefacts audit ghcr.io/acme/app',
  }),
  // CLI-only: the reverse of pack.
  pull: defineCommand({
    description: 'Get the files of an artefact (as pack writes it) back into a directory, every digest verified.',
    flags: {
      reference: 'The artefact: registry/repository:tag|@digest or oci:<dir>:tag.',
      output:
        'Directory to write into (default: the current directory), inside it; existing files are never overwritten.',
      'allow-outside-workspace':
        'Names of the flags (output, reference) whose path may resolve outside the working directory.',
      'registry-username': 'Registry user name (with --registry-password).',
      'registry-password': 'Registry password or token.',
    },
    outputs: {
      digest: 'The manifest digest the files came from.',
      output: 'The directory written into.',
      files: 'The files written, one per line.',
    },
    reference: 'reference',
    load: async () => {
      const { parsePullInputs: parse, runPull: run, PULL_SECRETS: secrets } = await import('./load/pack.js');
      return { parse, run, secrets };
    },
    example: 'artefacts pull --output out oci:.artefacts/dev:1.4.0',
  }),
  trace: defineCommand({
    load: async () => {
      const { parseTraceInputs: parse, runTrace: run, TRACE_SECRETS: secrets } = await import('./load/trail.js');
      return { parse, run, secrets };
    },
    reference: 'reference',
    example: 'artefacts trace --key cosign.pub ghcr.io/acme/app:prod',
  }),
  // The trace action's `mode: history`, as its own command.
  history: defineCommand({
    description:
      'Every digest promoted into an environment (registry/repository:tag or a repository), newest first, from its promotion records, each verified with the trust options; which one the tag points at now.',
    flags: {
      ...readFlags(
        'The environment: registry/repository:tag (its environment tag) or registry/repository (also as the first argument).',
      ),
      key: 'The signers’ public key (PEM or path): records are shown as verified only when they verify with it.',
      'certificate-identity': 'Keyless: the exact certificate identity of the signer.',
      'certificate-identity-regexp': 'Keyless: a regular expression the certificate identity must match.',
      'certificate-oidc-issuer': 'Keyless: the exact OIDC issuer.',
      'trusted-root': 'Keyless: a Sigstore trusted_root.json (else fetched through TUF, as verify does).',
      'sigstore-instance': 'Keyless without trusted-root: auto, public-good or github.',
      'tuf-mirror': 'Keyless without trusted-root: another TUF repository.',
      'tuf-root': 'The initial root.json of that TUF repository.',
      'require-verified': 'true: fail when a record shown is not verified (needs key or certificate identity).',
    },
    switches: ['require-verified'],
    outputs: {
      digest: 'The digest the environment tag points at now.',
      digests: 'The digests promoted into the environment, newest first, one per line.',
      unverified: 'How many records shown are not verified (unverified, unsigned or not checked).',
      report: 'The history as text.',
    },
    reference: 'reference',
    load: async () => {
      const { parseHistoryInputs: parse, runHistory: run, HISTORY_SECRETS: secrets } = await import('./load/trail.js');
      return { parse, run, secrets };
    },
    example: 'artefacts history --key cosign.pub ghcr.io/acme/app:prod',
  }),
  // CLI-only, read-only: what crane, cosign tree and oras discover answer.
  inspect: defineCommand({
    description:
      'What a reference is: digest, media type, kind, platforms, size, created, annotations, and the version, commit and immutable tag build-tag recorded.',
    flags: readFlags('The image or artefact: registry/repository:tag|@digest or oci:<dir>:tag.'),
    outputs: {
      digest: 'The manifest digest.',
      'media-type': 'The manifest media type.',
      version: 'The version build-tag recorded (empty if none).',
      'immutable-tag': 'The immutable tag build-tag recorded (empty if none).',
      report: 'Everything above, one line per fact (what is printed without --json).',
    },
    reference: 'reference',
    load: async () => {
      const {
        parseInspectInputs: parse,
        runInspect: run,
        INSPECT_SECRETS: secrets,
      } = await import('./load/inspect.js');
      return { parse, run, secrets };
    },
    example: 'artefacts inspect ghcr.io/acme/app:1.4.0',
  }),
  tree: defineCommand({
    description:
      'Everything attached to a digest: signatures, attestations by predicate type, SBOMs, promotion records (referrers API, fallback tag, cosign tags).',
    flags: readFlags('The image or artefact whose attachments to list.'),
    outputs: {
      digest: 'The digest whose attachments are listed.',
      report: 'The attachments as a tree (what is printed without --json).',
    },
    reference: 'reference',
    load: async () => {
      const { parseTreeInputs: parse, runTree: run, TREE_SECRETS: secrets } = await import('./load/inspect.js');
      return { parse, run, secrets };
    },
    example: 'artefacts tree ghcr.io/acme/app@sha256:<hex>',
  }),
  digest: defineCommand({
    description: 'The digest a tag resolves to, alone on stdout (for $(artefacts digest REF)).',
    flags: readFlags('The tag or reference to resolve.'),
    outputs: { digest: 'The digest the reference resolves to (printed alone).' },
    reference: 'reference',
    load: async () => {
      const { parseDigestInputs: parse, runDigest: run, DIGEST_SECRETS: secrets } = await import('./load/inspect.js');
      return { parse, run, secrets };
    },
    example: 'artefacts digest oci:.artefacts/dev:1.4.0',
  }),
  ls: defineCommand({
    description: "A repository's tags; with --immutable true, only build-tag's immutable tags, each with its digest.",
    flags: {
      ...readFlags('The repository: registry/repository or oci:<dir>, no tag.'),
      immutable: 'true: only the tags that name the version and commit their own manifest records (default: false).',
    },
    switches: ['immutable'],
    outputs: {
      tags: 'The tags, one per line.',
      report: 'Each tag with its digest where known (what is printed without --json).',
    },
    reference: 'reference',
    load: async () => {
      const { parseLsInputs: parse, runLs: run, LS_SECRETS: secrets } = await import('./load/inspect.js');
      return { parse, run, secrets };
    },
    example: 'artefacts ls --immutable true ghcr.io/acme/app',
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
