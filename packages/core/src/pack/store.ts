import path from 'node:path';
import type { ActionEnvironment } from '../action.js';
import type { Credentials } from '../oci/auth.js';
import { openStore } from '../oci/open.js';
import type { ImageReference } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';

/** A layout reference's directory, relative to the workspace (as every other path input). */
export function openWorkspaceStore(
  ref: ImageReference,
  cwd: string,
  access: { registryUsername?: string | undefined; registryPassword?: string | undefined },
  environment: Pick<ActionEnvironment, 'env' | 'logger'>,
): ArtifactStore {
  if (ref.kind === 'layout') return openStore({ ...ref, path: path.resolve(cwd, ref.path) });
  const credentials: Record<string, Credentials> = {};
  if (access.registryUsername !== undefined && access.registryPassword !== undefined) {
    environment.logger.secret(access.registryPassword);
    credentials[ref.registry] = { username: access.registryUsername, password: access.registryPassword };
  }
  return openStore(ref, { credentials, env: { ...environment.env }, logger: environment.logger });
}
