/**
 * How sign and verify reach an image: registry credentials from inputs, the `image` reference parsed
 * (a named input error when it is not one), a layout kept inside the workspace, and the reference
 * resolved ONCE to its digest.
 */
import type { ActionEnvironment } from '../action.js';
import { ArtefactsError } from '../errors.js';
import * as parse from '../inputs.js';
import type { RawInputs, RegistryAccess } from '../inputs.js';
import { inWorkspace, linksBeneath, plainValue, workspace, type Workspace } from '../paths.js';
import { storeFromInputs } from '../oci/open.js';
import { formatReference, referenceInput, referenceTarget, type ImageReference } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';

export type { RegistryAccess } from '../inputs.js';

export function registryAccess(get: RawInputs): RegistryAccess {
  const { username, password } = parse.credentialPair(get);
  return { registryUsername: username, registryPassword: password };
}

/**
 * `image` parsed, as every reference input is. A newline or another control character is refused in
 * the whole value first: an `oci:` directory would otherwise carry it into the path checked later,
 * whose error would show a part of the value.
 */
export function imageReference(value: string): ImageReference {
  plainValue('image', value);
  return referenceInput('image', value);
}

/** The store behind `image` and the digest it points at, resolved once (HEAD). */
export async function resolveImage(
  value: string,
  access: RegistryAccess,
  environment: ActionEnvironment,
  purpose: 'sign' | 'verify',
): Promise<{
  ref: ImageReference;
  store: ArtifactStore;
  name: string;
  descriptor: { mediaType: string; digest: string; size: number };
}> {
  const ref = imageReference(value);
  const ws = workspace(environment.cwd, access.allowOutsideWorkspace);
  const store = storeFromInputs(ref, access, environment, linksBeneath(ws, 'image'));
  const target = referenceTarget(ref);
  const descriptor = await store.resolve(target);
  if (descriptor === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `Image ${value} not found in ${store.location}.`, {
      hint: 'Push the image first, and sign the reference the build step printed (ideally by digest).',
    });
  }
  if (ref.digest !== undefined && descriptor.digest !== ref.digest) {
    throw new ArtefactsError('DIGEST_MISMATCH', `${value} resolved to ${descriptor.digest}.`);
  }
  if (ref.digest === undefined) {
    environment.logger.notice(
      purpose === 'sign'
        ? `Resolved ${value} to ${descriptor.digest}; signing the digest, not the tag.`
        : `Resolved ${value} to ${descriptor.digest}; verifying the signatures of that digest.`,
    );
  }
  const name = formatReference(ref, { tag: undefined, digest: undefined });
  return {
    ref,
    store,
    name,
    descriptor: { mediaType: descriptor.mediaType, digest: descriptor.digest, size: descriptor.size },
  };
}

/** An `oci:` layout image stays in the workspace as every other path input. */
export function layoutInWorkspace(ws: Workspace, value: string | undefined): void {
  if (value === undefined || value === '') return;
  const ref = imageReference(value);
  if (ref.kind === 'layout') inWorkspace(ws, 'image', ref.path);
}
