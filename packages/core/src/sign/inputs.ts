/**
 * The sign and verify actions' inputs, parsed and checked once (the actions, the CLI and
 * promote's gate share these), and turned into a signing config / verification policy.
 * Key inputs take the PEM itself (a secret) or a path to it, as cosign's --key takes a path.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ActionEnvironment } from '../action.js';
import { ArtefactsError, describeError, inputError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs } from '../inputs.js';
import { isDigest } from '../oci/references.js';
import { inWorkspace, keyInWorkspace, pathInputError, type Workspace } from '../paths.js';
import { SIGSTORE_INSTANCES, type SigningConfig, type SigstoreInstance } from './bundle.js';
import { keySource, loadPrivateKey, loadPublicKey, type KeySource } from './keys.js';
import { canRequestIdToken, defaultSigstoreInstance, githubIdToken, tokenClaims } from './oidc.js';
import { readSigningConfig } from './signing-config.js';
import { readTrustedRoot } from './trust.js';
import { fetchTrustedRoot, tufCacheDir, TUF_MIRRORS } from './tuf.js';
import type { GitHubContext } from '../github/context.js';
import type { VerificationPolicy } from './verify-policy.js';
import { PREDICATE_ALIASES, parseConditionsInput, type Condition } from './condition-lines.js';
export { parseConditionsInput };

export type InstanceChoice = 'auto' | 'public-good' | 'github';

/** What a step produced, attested as a predicate the ecosystem reads (sign's `attest-type`). */
const ATTEST_TYPES = ['vuln', 'test-result', 'approval'] as const;
export type AttestType = (typeof ATTEST_TYPES)[number];

export interface SigningInputs {
  readonly image: string | undefined;
  readonly files: readonly string[];
  readonly checksums: readonly string[];
  /** PEM text or a path; undefined = keyless. */
  readonly key: string | undefined;
  readonly keyPassword: string;
  /** An OIDC token given for keyless signing (`identity-token`); SIGSTORE_ID_TOKEN is read at signing time. */
  readonly identityToken?: string;
  readonly keyless: 'auto' | boolean;
  readonly transparencyLog: boolean;
  readonly provenance: boolean;
  readonly predicateType: string | undefined;
  readonly predicate: string | undefined;
  readonly predicatePath: string | undefined;
  readonly sbomPath: string | undefined;
  readonly legacySignature: boolean;
  readonly sigstoreInstance: InstanceChoice;
  /** A Sigstore signing config file (Fulcio/Rekor/TSA URLs) instead of a named instance. */
  readonly signingConfig?: string | undefined;
  /** Sign again even when the digest already carries this signer's signature of the same statement type. */
  readonly force?: boolean;
  /** Attest a step's output: a scan (vuln), a JUnit report (test-result) or this run's approval. */
  readonly attestType?: AttestType | undefined;
  /** The scanner's JSON / SARIF, or the JUnit XML, for `attestType`. */
  readonly attestPath?: string | undefined;
  /** The environment an approval is for (else the event's deployment environment). */
  readonly attestEnvironment?: string | undefined;
}

/**
 * The sign action's inputs for a caller that only signs a statement of its own (promote's record,
 * sbom's attestation) with the given key, or keyless: no subjects, no attestations, no log upload,
 * the instance chosen as the sign action chooses it.
 */
export function keyOnlySignInputs(key: {
  key: string | undefined;
  keyPassword: string;
  keyless: 'auto' | boolean;
  image?: string | undefined;
}): SigningInputs {
  return {
    image: key.image,
    files: [],
    checksums: [],
    key: key.key,
    keyPassword: key.keyPassword,
    keyless: key.keyless,
    transparencyLog: false,
    provenance: false,
    predicateType: undefined,
    predicate: undefined,
    predicatePath: undefined,
    sbomPath: undefined,
    legacySignature: false,
    sigstoreInstance: 'auto',
  };
}

export interface VerificationInputs {
  readonly image: string | undefined;
  readonly files: readonly string[];
  readonly key: string | undefined;
  readonly certificateIdentity: string | undefined;
  readonly certificateIdentityRegexp: RegExp | undefined;
  readonly certificateOidcIssuer: string | undefined;
  /** Required predicate types (aliases provenance, cyclonedx, spdx, signature expanded). */
  readonly attestations: readonly string[];
  readonly offline: boolean;
  readonly trustedRoot: string | undefined;
  readonly requireTransparencyLog: boolean;
  /** Whose TUF repository the trusted root is fetched from when `trustedRoot` is not given. */
  readonly sigstoreInstance?: InstanceChoice;
  /** Another TUF repository (a private Sigstore deployment), and its initial root.json. */
  readonly tufMirror?: string | undefined;
  readonly tufRoot?: string | undefined;
  /** The bundle of the files / digests, when it is not `<file>.sigstore.json` beside each file. */
  readonly bundle?: string | undefined;
  /** Print the verified statements in full (they can be large: an SBOM attestation is the whole SBOM). */
  readonly showStatements?: boolean;
  /** Conditions on the verified attestations' predicates (sign/conditions.ts). */
  readonly conditions?: readonly Condition[];
}

const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;

export function parseSigningInputs(get: RawInputs): SigningInputs {
  const inputs: SigningInputs = {
    image: parse.optionalText(get, 'image'),
    files: parse.list(get, 'files', { comma: false }),
    checksums: parse.list(get, 'checksums', { comma: false }),
    key: parse.optionalKey(get, 'key'),
    keyPassword: get('key-password'),
    identityToken: parse.optionalBlock(get, 'identity-token'),
    keyless: parse.booleanOrAuto(get, 'keyless'),
    transparencyLog: parse.boolean(get, 'transparency-log', false),
    provenance: parse.boolean(get, 'provenance', false),
    predicateType: parse.optionalText(get, 'predicate-type'),
    predicate: parse.optionalBlock(get, 'predicate'),
    predicatePath: parse.optionalText(get, 'predicate-path'),
    sbomPath: parse.optionalText(get, 'sbom-path'),
    legacySignature: parse.boolean(get, 'legacy-signature', false),
    sigstoreInstance: parse.oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'] as const, 'auto'),
    signingConfig: parse.optionalText(get, 'signing-config'),
    force: parse.boolean(get, 'force', false),
    attestType: get('attest-type').trim() === '' ? undefined : parse.oneOf(get, 'attest-type', ATTEST_TYPES),
    attestPath: parse.optionalText(get, 'attest-path'),
    attestEnvironment: parse.optionalText(get, 'attest-environment'),
  };
  if (!inputs.image && inputs.files.length === 0 && inputs.checksums.length === 0) {
    throw inputError(
      'image',
      '',
      'an image reference, or files / checksums to sign',
      'Set `image`, `files` or `checksums`.',
    );
  }
  // Inputs that do nothing without a key are an error, naming the missing key.
  if (inputs.keyPassword !== '' && !inputs.key) {
    throw inputError('key-password', '(set)', 'empty unless key is given (key is missing)');
  }
  if (inputs.transparencyLog && !inputs.key) {
    throw inputError(
      'transparency-log',
      parse.text(get, 'transparency-log'),
      'false unless key is given (key is missing; keyless signing logs as its instance does)',
    );
  }
  if (inputs.identityToken && inputs.key) {
    throw inputError('identity-token', '(set)', 'empty when a key is given (sign with the key or keyless, not both)');
  }
  if (inputs.identityToken && inputs.keyless === false) {
    throw inputError('identity-token', '(set)', 'empty when keyless is false (the token is only for keyless signing)');
  }
  if (inputs.key && inputs.keyless === true) {
    throw inputError(
      'keyless',
      parse.text(get, 'keyless'),
      'false or auto when a key is given (sign with the key or keyless, not both)',
    );
  }
  if (inputs.predicate && inputs.predicatePath) {
    throw inputError(
      'predicate',
      inputs.predicate,
      'empty when predicate-path is given (one source for the predicate)',
    );
  }
  if ((inputs.predicate || inputs.predicatePath) && !inputs.predicateType) {
    throw inputError('predicate-type', '', 'the predicate’s type URI (e.g. https://example.com/test-result/v1)');
  }
  if (inputs.predicateType && !URI.test(inputs.predicateType)) {
    throw inputError('predicate-type', inputs.predicateType, 'a URI such as https://slsa.dev/provenance/v1');
  }
  if (inputs.predicateType && !inputs.predicate && !inputs.predicatePath) {
    throw inputError('predicate', '', 'a JSON predicate (or predicate-path) for predicate-type');
  }
  if (inputs.attestType && inputs.attestType !== 'approval' && !inputs.attestPath) {
    throw inputError(
      'attest-path',
      '',
      inputs.attestType === 'vuln'
        ? 'the scan report to attest (trivy or grype JSON, or SARIF) with attest-type: vuln'
        : 'the JUnit XML report to attest with attest-type: test-result',
    );
  }
  if (inputs.attestType === 'approval' && inputs.attestPath) {
    throw inputError('attest-path', inputs.attestPath, 'empty with attest-type: approval (the run is the approval)');
  }
  if (!inputs.attestType && inputs.attestPath) {
    throw inputError('attest-type', '', `one of ${ATTEST_TYPES.join(', ')} when attest-path is given`);
  }
  if (inputs.attestEnvironment && inputs.attestType !== 'approval') {
    throw inputError('attest-environment', inputs.attestEnvironment, 'empty unless attest-type is approval');
  }
  if (inputs.signingConfig && inputs.sigstoreInstance !== 'auto') {
    throw inputError(
      'sigstore-instance',
      inputs.sigstoreInstance,
      'auto when signing-config is given (the signing config names the services)',
    );
  }
  if (!inputs.image && (inputs.legacySignature || inputs.sbomPath)) {
    const input = inputs.legacySignature ? 'legacy-signature' : 'sbom-path';
    throw inputError(input, parse.text(get, input), 'used only with `image`');
  }
  return inputs;
}

export function parseVerificationInputs(get: RawInputs): VerificationInputs {
  const attestations = parse.list(get, 'attestations').map((a) => {
    const type = PREDICATE_ALIASES[a.toLowerCase()] ?? a;
    if (!URI.test(type)) {
      throw inputError('attestations', a, `predicate type URIs, or ${Object.keys(PREDICATE_ALIASES).join(', ')}`);
    }
    return type;
  });
  const inputs: VerificationInputs = {
    image: parse.optionalText(get, 'image'),
    files: parse.list(get, 'files', { comma: false }),
    key: parse.optionalKey(get, 'key'),
    certificateIdentity: parse.optionalText(get, 'certificate-identity'),
    certificateIdentityRegexp: parse.regex(get, 'certificate-identity-regexp'),
    certificateOidcIssuer: parse.optionalText(get, 'certificate-oidc-issuer'),
    attestations,
    offline: parse.boolean(get, 'offline', false),
    trustedRoot: parse.optionalText(get, 'trusted-root'),
    requireTransparencyLog: parse.boolean(get, 'require-transparency-log', false),
    sigstoreInstance: parse.oneOf(get, 'sigstore-instance', ['auto', 'public-good', 'github'] as const, 'auto'),
    tufMirror: parse.optionalText(get, 'tuf-mirror'),
    tufRoot: parse.optionalText(get, 'tuf-root'),
    bundle: parse.optionalText(get, 'bundle'),
    showStatements: parse.boolean(get, 'show-statements', false),
    conditions: parseConditionsInput(get),
  };
  for (const entry of inputs.files) {
    if (/^sha(256|384|512):/i.test(entry) && !isDigest(entry)) {
      throw inputError('files', entry, 'a glob, or a digest sha256:<64 lower-case hex digits>');
    }
  }
  if (inputs.files.some((f) => f.startsWith('sha256:')) && !inputs.bundle) {
    throw inputError(
      'bundle',
      '',
      'the path of the bundle to verify a sha256: digest with (a digest has no file beside which to find one)',
    );
  }
  if (inputs.bundle && inputs.files.length === 0) {
    throw inputError('files', '', 'the files or sha256: digests the bundle is about, when bundle is given');
  }
  if (inputs.tufMirror && !/^https?:\/\/[^\s/]+/i.test(inputs.tufMirror)) {
    throw inputError('tuf-mirror', inputs.tufMirror, 'the http(s) URL of a TUF repository');
  }
  if (inputs.trustedRoot && (inputs.tufMirror || inputs.tufRoot)) {
    throw inputError(
      inputs.tufMirror ? 'tuf-mirror' : 'tuf-root',
      (inputs.tufMirror ?? inputs.tufRoot)!,
      'empty when trusted-root is given (the trusted root comes from one place)',
    );
  }
  if (!inputs.image && inputs.files.length === 0) {
    throw inputError('image', '', 'an image reference, or files to verify');
  }
  const keyless = inputs.certificateIdentity || inputs.certificateIdentityRegexp || inputs.certificateOidcIssuer;
  if (inputs.key && keyless) {
    throw inputError(
      'key',
      '(a key)',
      'empty when certificate-identity / -regexp / certificate-oidc-issuer are given (one policy)',
    );
  }
  if (!inputs.key && !keyless) {
    throw inputError('key', '', 'a public key, or certificate-identity (or -regexp) with certificate-oidc-issuer');
  }
  // Where the keyless trusted root comes from means nothing when verifying with a key.
  for (const [name, value] of [
    ['tuf-mirror', inputs.tufMirror],
    ['tuf-root', inputs.tufRoot],
    ['sigstore-instance', inputs.sigstoreInstance === 'auto' ? undefined : inputs.sigstoreInstance],
  ] as const) {
    if (value !== undefined && !keyless) {
      throw inputError(
        name,
        value,
        'empty unless verifying keyless (certificate-identity and certificate-oidc-issuer are missing; key is given)',
      );
    }
  }
  if (keyless) {
    if (!inputs.certificateIdentity && !inputs.certificateIdentityRegexp) {
      throw inputError('certificate-identity', '', 'the signer’s identity (or certificate-identity-regexp)');
    }
    if (!inputs.certificateOidcIssuer) {
      throw inputError(
        'certificate-oidc-issuer',
        '',
        'the OIDC issuer, e.g. https://token.actions.githubusercontent.com',
      );
    }
  }
  return inputs;
}

/**
 * Reads a key input: PEM text as given, or the file it names (relative to the workspace); with the
 * source its errors name (the input, and the path or "(PEM text)").
 */
async function keyText(value: string, input: string, cwd: string): Promise<{ pem: string; source: KeySource }> {
  const source = keySource(input, value);
  if (value.includes('-----BEGIN')) return { pem: value, source };
  try {
    return { pem: await readFile(resolve(cwd, value), 'utf8'), source };
  } catch (error) {
    throw inputError(input, value, `a PEM key or the path of a readable key file (${describeError(error)})`);
  }
}

/**
 * The signing config the inputs ask for: key (decrypted here) or keyless (token fetched lazily).
 * `keyInput` is the name the caller's step gives the key (`key` for sign and sbom, `record-key`
 * for promote): an error about the key names it.
 */
export async function resolveSigningConfig(
  inputs: SigningInputs,
  environment: ActionEnvironment,
  keyInput = 'key',
): Promise<SigningConfig> {
  const { env, logger, cwd } = environment;
  // The key's password: the input, else COSIGN_PASSWORD as cosign reads it.
  const password = inputs.keyPassword !== '' ? inputs.keyPassword : (env.COSIGN_PASSWORD ?? '');
  if (password) logger.secret(password);
  if (inputs.key) {
    if (inputs.key.includes('-----BEGIN')) logger.secret(inputs.key);
    const { pem, source } = await keyText(inputs.key, keyInput, cwd);
    const key = await loadPrivateKey(pem, password, source);
    const instance = await chooseInstance(inputs, environment);
    if (inputs.transparencyLog && !instance.rekorURL) {
      throw inputError(
        'transparency-log',
        'true',
        `false with the '${instance.name}' instance, which has no transparency log`,
      );
    }
    return {
      kind: 'key',
      key,
      ...(inputs.transparencyLog && instance.rekorURL ? { rekorURL: instance.rekorURL } : {}),
    };
  }
  if (inputs.keyless === false) {
    throw inputError(keyInput, '', 'a private key when keyless is false');
  }
  const given = givenIdentityToken(inputs, env);
  if (given !== undefined) {
    logger.secret(given.token);
    const who = tokenIdentity(given.token, given.from);
    const instance = await chooseInstance(inputs, environment);
    logger.info(
      `Signing keyless with the ${instance.name} Sigstore instance and a token (from ${given.from}) for ${who.identity}, issuer ${who.issuer}.`,
    );
    return { kind: 'keyless', instance, identityToken: async () => given.token, tokenFrom: given.from };
  }
  if (!canRequestIdToken(env)) {
    throw new ArtefactsError('GITHUB_PERMISSION', 'No key was given and there is no OIDC token to sign keyless with.', {
      hint: 'Give an identity token (`identity-token`, or SIGSTORE_ID_TOKEN in the environment), add `permissions: id-token: write` to a GitHub Actions job, or give `key` and `key-password`.',
    });
  }
  const instance = await chooseInstance(inputs, environment);
  logger.info(`Signing keyless with the ${instance.name} Sigstore instance.`);
  let fetched: Promise<string> | undefined;
  return {
    kind: 'keyless',
    instance,
    // Fetched once, when first needed (the signer, provenance and the report all read it).
    identityToken: () =>
      (fetched ??= githubIdToken(env, 'sigstore').then((token) => {
        logger.secret(token);
        return token;
      })),
  };
}

/** The identity token given to this run: `identity-token`, else SIGSTORE_ID_TOKEN (as cosign reads it). */
function givenIdentityToken(
  inputs: SigningInputs,
  env: Readonly<Record<string, string | undefined>>,
): { token: string; from: 'identity-token' | 'SIGSTORE_ID_TOKEN' } | undefined {
  if (inputs.identityToken) return { token: inputs.identityToken.trim(), from: 'identity-token' };
  const fromEnv = env.SIGSTORE_ID_TOKEN?.trim();
  return fromEnv ? { token: fromEnv, from: 'SIGSTORE_ID_TOKEN' } : undefined;
}

/**
 * Who a given token says it is, checked before Fulcio sees it: a JWT with an issuer, not expired.
 * Fulcio decides the certificate's identity (per issuer: the email, the CI's workflow URI or the
 * subject); this is what the token claims, shown so that `verify` can be given it.
 */
function tokenIdentity(token: string, from: string): { identity: string; issuer: string } {
  const where = from === 'identity-token' ? "Input 'identity-token'" : from;
  const notToken = () =>
    new ArtefactsError(
      'INPUT_INVALID',
      `${where}: not an OIDC identity token (expected a JWT whose claims name an issuer, iss).`,
      { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' },
    );
  let claims: Record<string, unknown>;
  try {
    claims = tokenClaims(token);
  } catch {
    throw notToken();
  }
  const text = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : '');
  const issuer = text('iss');
  if (issuer === '') throw notToken();
  const expires = typeof claims.exp === 'number' ? claims.exp : undefined;
  if (expires !== undefined && expires * 1000 < Date.now()) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `${where}: the identity token expired at ${new Date(expires * 1000).toISOString()}.`,
      { hint: 'Ask the CI for a fresh token in the same job that signs (CI tokens live for minutes).' },
    );
  }
  // What the signer proves it holds the token for (Sigstore's challenge): a verified email, else sub.
  const email = text('email');
  if (email !== '' ? !claims.email_verified : text('sub') === '') {
    throw new ArtefactsError(
      'INPUT_INVALID',
      email !== ''
        ? `${where}: the identity token's email is not verified by its issuer (email_verified); Sigstore signs only for a verified email.`
        : `${where}: the identity token has no subject (sub); Sigstore needs one, or a verified email, to sign for.`,
      { hint: 'Pass the token the CI issues for the audience "sigstore" (GitLab: id_tokens with aud: sigstore).' },
    );
  }
  // Fulcio's subject per issuer: the email; GitLab's pipeline config URI; GitHub's workflow; else sub.
  const gitlab = text('ci_config_ref_uri');
  const identity =
    text('email') || (gitlab ? `https://${gitlab}` : '') || text('job_workflow_ref') || text('sub') || '(no subject)';
  return { identity, issuer };
}

async function chooseInstance(inputs: SigningInputs, environment: ActionEnvironment): Promise<SigstoreInstance> {
  if (inputs.signingConfig) {
    return readSigningConfig(resolve(environment.cwd, inputs.signingConfig), inputs.signingConfig);
  }
  const choice = inputs.sigstoreInstance;
  return choice === 'auto' ? defaultSigstoreInstance(environment.github) : SIGSTORE_INSTANCES[choice];
}

/** The TUF repository verify fetches the trusted root from: `tuf-mirror`, else the instance's. */
export function tufMirrorFor(inputs: VerificationInputs, github: GitHubContext | undefined): string {
  if (inputs.tufMirror) return inputs.tufMirror.replace(/\/+$/, '');
  const choice = inputs.sigstoreInstance ?? 'auto';
  if (choice !== 'auto') return TUF_MIRRORS[choice];
  // Only a repository known to be private or internal signs with GitHub's instance by default.
  const repository = github?.payload.repository as { private?: unknown; visibility?: unknown } | undefined;
  const isPrivate = repository?.private === true || ['private', 'internal'].includes(String(repository?.visibility));
  return isPrivate ? TUF_MIRRORS.github : TUF_MIRRORS['public-good'];
}

/**
 * The verification policy the inputs describe, with the key and trusted root loaded. Keyless
 * without `trusted-root`: the trusted root comes through TUF when `environment` is given (its env
 * names the cache directory), and is an error otherwise. `keyInput` names the public key's input
 * in errors (`key` for verify, `require-signature` for promote's gate).
 */
export async function loadVerificationPolicy(
  inputs: VerificationInputs,
  cwd: string,
  environment?: Pick<ActionEnvironment, 'env' | 'logger' | 'github'>,
  keyInput = 'key',
): Promise<VerificationPolicy> {
  const keyless = !inputs.key;
  const given = inputs.trustedRoot;
  let trustedRoot = given
    ? await readTrustedRoot(resolve(cwd, given), (error) =>
        pathInputError(cwd, 'trusted-root', given, 'a readable trusted root (trusted_root.json)', error),
      )
    : undefined;
  if (!trustedRoot && keyless && environment) {
    trustedRoot = await fetchTrustedRoot({
      mirror: tufMirrorFor(inputs, environment.github),
      rootPath: inputs.tufRoot ? resolve(cwd, inputs.tufRoot) : undefined,
      rootShown: inputs.tufRoot,
      cacheDir: tufCacheDir(environment.env),
      offline: inputs.offline,
      logger: environment.logger,
    });
  }
  const common = {
    ...(trustedRoot ? { trustedRoot } : {}),
    requireTransparencyLog: inputs.requireTransparencyLog,
    requiredPredicateTypes: inputs.attestations,
  };
  if (inputs.key) {
    const { pem, source } = await keyText(inputs.key, keyInput, cwd);
    return { ...common, key: loadPublicKey(pem, source) };
  }
  if (!trustedRoot) {
    throw new ArtefactsError('VERIFICATION_FAILED', 'Keyless verification needs the Sigstore trusted root.', {
      hint: 'Give `trusted-root` (a trusted_root.json of the Sigstore instance).',
    });
  }
  return {
    ...common,
    identity: {
      ...(inputs.certificateIdentity ? { exact: inputs.certificateIdentity } : {}),
      ...(inputs.certificateIdentityRegexp ? { regexp: inputs.certificateIdentityRegexp } : {}),
      issuer: inputs.certificateOidcIssuer ?? '',
    },
  };
}

/** The trust inputs that name files: path inputs of every command that takes them (verify, trace, history, audit). */
export const TRUST_PATH_INPUTS = ['key', 'trusted-root', 'tuf-root'] as const;

/**
 * Refuses a trust file (a key, a trusted root, a TUF root) that resolves outside the workspace, as any
 * path input: each of TRUST_PATH_INPUTS, checked alike wherever trust options are taken.
 */
export function trustInWorkspace(
  ws: Workspace,
  trust: Pick<VerificationInputs, 'key' | 'trustedRoot' | 'tufRoot'> | undefined,
): void {
  if (trust === undefined) return;
  keyInWorkspace(ws, 'key', trust.key);
  if (trust.trustedRoot) inWorkspace(ws, 'trusted-root', trust.trustedRoot);
  if (trust.tufRoot) inWorkspace(ws, 'tuf-root', trust.tufRoot);
}

/** The trust options of verify, as the readers of records (trace, history, audit) take them. */
const TRUST_INPUTS = [
  'key',
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'trusted-root',
  'tuf-mirror',
  'tuf-root',
  'sigstore-instance',
] as const;

/**
 * verify's parser on the trust inputs alone, for a reader of records whose subject is `reference`;
 * undefined when none is given (nothing can be verified).
 */
export function parseTrustOptions(raw: RawInputs, reference: string): VerificationInputs | undefined {
  const given = TRUST_INPUTS.some((name) => raw(name).trim() !== '' && raw(name).trim() !== 'auto');
  if (!given) return undefined;
  const only = new Set<string>(TRUST_INPUTS);
  return parseVerificationInputs((name) => (name === 'image' ? reference : only.has(name) ? raw(name) : ''));
}
