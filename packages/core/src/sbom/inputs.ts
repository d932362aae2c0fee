/**
 * sbom's inputs: the typed, validated form of what the action and `artefacts sbom` are given.
 */
import { inputError } from '../errors.js';
import {
  boolean,
  credentialPair,
  list,
  oneOf,
  optionalKey,
  optionalText,
  text,
  type RawInputs,
  type RegistryAccess,
} from '../inputs.js';
import { parseAllowOutsideWorkspace } from '../paths.js';
import { excludeMatcher } from './exclude.js';
import { ArtefactsError } from '../errors.js';
import { parseReference, type ImageReference } from '../oci/references.js';
import { SBOM_FORMATS, type SbomFormat } from './writers.js';

export interface SbomInputs extends RegistryAccess {
  /** Source tree (or one lockfile) to catalogue; relative to the workspace. */
  readonly path: string | undefined;
  readonly image: string | undefined;
  readonly ociLayout: string | undefined;
  readonly formats: readonly SbomFormat[];
  readonly outputDir: string;
  readonly outputFile: string | undefined;
  readonly platforms: readonly string[];
  readonly attach: boolean;
  readonly attest: boolean;
  readonly uploadArtifact: boolean;
  readonly engine: 'native' | 'syft';
  /** Registry credentials for image mode (else ~/.docker/config.json); the password is a secret. */
  /** Signing key (PEM or path) and its password for `attest`, as the sign action takes them; keyless when absent. */
  readonly key: string | undefined;
  readonly keyPassword: string;
  /** engine syft: the binary to run (else `syft` on PATH). */
  readonly syftPath: string | undefined;
  /** Globs of paths under `path` not to catalogue, as syft's `--exclude` (`./test/**`, `**\/fixtures`). */
  readonly exclude: readonly string[];
}

/**
 * Inputs naming files or directories that are read or written: confined to the workspace unless
 * listed in allow-outside-workspace. `syft-path` is not among them: it names a program to run (as
 * PATH does), usually installed outside the workspace, and nothing is read from or written to it.
 */
const SBOM_PATH_INPUTS = ['path', 'oci-layout', 'output-dir', 'output-file', 'key'] as const;

/** Inputs whose values are secrets (masked as soon as read). */
export const SBOM_SECRETS = ['registry-password', 'key', 'key-password'] as const;

export const SBOM_FILE_NAMES: Record<SbomFormat, string> = {
  'cyclonedx-json': 'sbom.cdx.json',
  'spdx-json': 'sbom.spdx.json',
};

export function parseSbomInputs(raw: RawInputs): SbomInputs {
  const path = optionalText(raw, 'path');
  const image = optionalText(raw, 'image');
  const ociLayout = optionalText(raw, 'oci-layout');
  const credentials = credentialPair(raw);
  const given = [
    ['path', path],
    ['image', image],
    ['oci-layout', ociLayout],
  ].filter(([, v]) => v !== undefined);
  if (given.length > 1) {
    throw inputError(
      given.map(([n]) => n).join("' and '"),
      given.map(([, v]) => v).join(', '),
      "exactly one of 'path', 'image' or 'oci-layout'",
    );
  }
  const formats: SbomFormat[] = [];
  for (const f of list(raw, 'formats')) {
    const format = SBOM_FORMATS.find((s) => s === f.toLowerCase());
    if (format === undefined) throw inputError('formats', f, `one or more of ${SBOM_FORMATS.join(', ')}`);
    if (!formats.includes(format)) formats.push(format);
  }
  if (formats.length === 0) throw inputError('formats', '', `one or more of ${SBOM_FORMATS.join(', ')}`);
  // Every single value is one line (optionalText and text refuse control characters): output-file
  // becomes a line of sbom-paths.
  const outputFile = optionalText(raw, 'output-file');
  const outputDir = text(raw, 'output-dir');
  if (outputFile !== undefined && formats.length > 1) {
    throw inputError(
      'output-file',
      outputFile,
      'a file name only when one format is asked for',
      `With formats '${formats.join(',')}' set 'output-dir' instead; each format gets its own file there.`,
    );
  }
  const inputs: SbomInputs = {
    path: path ?? (image === undefined && ociLayout === undefined ? '.' : undefined),
    image,
    ociLayout,
    formats,
    outputDir: outputDir || 'sbom',
    outputFile,
    platforms: list(raw, 'platforms'),
    attach: boolean(raw, 'attach'),
    attest: boolean(raw, 'attest'),
    uploadArtifact: boolean(raw, 'upload-artifact'),
    engine: oneOf(raw, 'engine', ['native', 'syft'] as const, 'native'),
    registryUsername: credentials.username,
    registryPassword: credentials.password,
    key: optionalKey(raw, 'key'),
    keyPassword: raw('key-password'),
    syftPath: optionalText(raw, 'syft-path'),
    allowOutsideWorkspace: parseAllowOutsideWorkspace(raw, SBOM_PATH_INPUTS),
    exclude: list(raw, 'exclude'),
  };
  excludeMatcher(inputs.exclude);
  if (inputs.exclude.length > 0 && inputs.path === undefined) {
    throw inputError('exclude', inputs.exclude.join(','), "nothing unless a source 'path' is catalogued");
  }
  if (inputs.syftPath !== undefined && inputs.engine !== 'syft') {
    throw inputError('syft-path', inputs.syftPath, "empty unless 'engine' is syft");
  }
  if (inputs.engine === 'syft' && (inputs.attach || inputs.attest)) {
    throw inputError(
      'engine',
      'syft',
      "native when 'attach' or 'attest' is true (those push what the native engine wrote)",
    );
  }
  if (image !== undefined) imageReferenceInput('image', image);
  if (ociLayout !== undefined) imageReferenceInput('oci-layout', ociLayout);
  for (const p of inputs.platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/i.test(p)) {
      throw inputError('platforms', p, 'os/arch[/variant], e.g. linux/amd64, linux/arm64/v8');
    }
  }
  if (inputs.keyPassword !== '' && inputs.key === undefined) {
    throw inputError('key-password', '(set)', "empty unless 'key' is given (key is missing)");
  }
  if (inputs.key !== undefined && !inputs.attest) {
    throw inputError('key', '(a key)', "empty unless 'attest' is true (the key signs SBOM attestations)");
  }
  if (inputs.path !== undefined) {
    for (const [name, on] of [
      ['attach', inputs.attach],
      ['attest', inputs.attest],
    ] as const) {
      if (on)
        throw inputError(name, text(raw, name), "false when cataloguing a source 'path' (it attaches to an image)");
    }
    if (inputs.platforms.length > 0) {
      throw inputError('platforms', inputs.platforms.join(','), "nothing when cataloguing a source 'path'");
    }
    if (inputs.registryUsername !== undefined) {
      throw inputError('registry-username', inputs.registryUsername, "nothing when cataloguing a source 'path'");
    }
  }
  return inputs;
}

/** Parses `image` (a registry reference) or `oci-layout` (`oci:<dir>[:tag]`, the `oci:` prefix optional). */
export function imageReferenceInput(input: 'image' | 'oci-layout', value: string): ImageReference {
  const text = input === 'oci-layout' && !value.startsWith('oci:') ? `oci:${value}` : value;
  let ref: ImageReference;
  try {
    ref = parseReference(text);
  } catch (error) {
    if (error instanceof ArtefactsError) {
      throw inputError(
        input,
        value,
        input === 'image'
          ? 'an image reference [registry/]repository[:tag][@sha256:…]'
          : 'an OCI layout directory: [oci:]<dir>[:tag|@sha256:…]',
        error.message,
      );
    }
    throw error;
  }
  if (input === 'image' && ref.kind !== 'registry') {
    throw inputError('image', value, "a registry reference (give a local layout in 'oci-layout')");
  }
  return ref;
}
