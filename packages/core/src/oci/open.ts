/**
 * Opening a store from a reference, and a plain verified copy of a manifest tree between stores
 * (the building block under promote; promote adds the tag rule, the pool, mounts and records).
 */
import path from 'node:path';
import type { Readable } from 'node:stream';
import { ArtefactsError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Credentials } from './auth.js';
import { LayoutStore, type LayoutAccess } from './layout.js';
import { childDescriptors, isIndex, MEDIA, type Descriptor, type Manifest, type Platform } from './media.js';
import { parseReference, type ImageReference } from './references.js';
import { RegistryClient, type RegistryOptions } from './registry.js';
import { blobBody, type ArtifactStore } from './store.js';

/**
 * The store a reference points into: a registry repository or a layout directory. A layout follows
 * no symbolic link among its files, and is read only where one is, unless `access` says otherwise
 * (see LayoutAccess: paths.ts's linksBeneath gives an input's; a destination adds `create`). A
 * registry repository takes the same `input` and `create` (StoreAccess): one that is not there is
 * refused by a reader and empty to a destination.
 */
export function openStore(
  reference: string | ImageReference,
  client: RegistryClient | RegistryOptions = {},
  access?: LayoutAccess,
): ArtifactStore {
  const ref = typeof reference === 'string' ? parseReference(reference) : reference;
  if (ref.kind === 'layout') return new LayoutStore(ref.path, access);
  const registry = client instanceof RegistryClient ? client : new RegistryClient(client);
  return registry.repository(ref, access);
}

/** Explicit registry credentials as the inputs give them: used only when both are set. */
export interface StoreCredentialInputs {
  readonly registryUsername?: string | undefined;
  readonly registryPassword?: string | undefined;
}

/**
 * The credentials map entry for a registry reference when both username and password are given;
 * empty for a layout or when either is missing (the Docker config and helpers still apply).
 */
export function credentialsFor(
  ref: ImageReference,
  username: string | undefined,
  password: string | undefined,
): Record<string, Credentials> {
  if (ref.kind !== 'registry' || username === undefined || password === undefined) return {};
  return { [ref.registry]: { username, password } };
}

/**
 * The store an action's reference input points into, opened as every action does: a layout
 * directory resolves against `cwd` (the workspace, as every other path input) and is opened as
 * `access` says (the input's linksBeneath, plus `create` for a destination), a registry gets the explicit
 * credentials (the password masked first) plus the environment and logger, and the same `access`.
 */
export function storeFromInputs(
  ref: ImageReference,
  inputs: StoreCredentialInputs,
  environment: {
    readonly cwd: string;
    readonly env: Readonly<Record<string, string | undefined>>;
    readonly logger: Logger;
  },
  access?: LayoutAccess,
): ArtifactStore {
  if (ref.kind === 'layout') return openStore({ ...ref, path: path.resolve(environment.cwd, ref.path) }, {}, access);
  const credentials = credentialsFor(ref, inputs.registryUsername, inputs.registryPassword);
  if (Object.keys(credentials).length > 0) environment.logger.secret(inputs.registryPassword!);
  return openStore(ref, { credentials, env: { ...environment.env }, logger: environment.logger }, access);
}

export interface CopyStats {
  manifests: number;
  blobsCopied: number;
  blobsSkipped: number;
  bytesCopied: number;
}

/**
 * Copies the manifest tree under `digest` (children first, exact bytes, every digest verified)
 * and tags it last when `tag` is given. Blobs already present at the destination are skipped.
 */
export async function copyTree(
  source: ArtifactStore,
  destination: ArtifactStore,
  digest: string,
  options: { tag?: string } = {},
): Promise<{ manifest: Manifest; stats: CopyStats }> {
  const stats: CopyStats = { manifests: 0, blobsCopied: 0, blobsSkipped: 0, bytesCopied: 0 };
  const done = new Set<string>();
  const copyBlob = async (d: Descriptor) => {
    if (done.has(d.digest)) return;
    done.add(d.digest);
    if ((await destination.hasBlob(d.digest)) !== undefined) {
      stats.blobsSkipped++;
      return;
    }
    await destination.putBlob(d, () => blobBody(source, d));
    stats.blobsCopied++;
    stats.bytesCopied += d.size;
  };
  const walk = async (ref: string): Promise<Manifest> => {
    const manifest = await source.getManifest(ref);
    const children = childDescriptors(manifest);
    for (const blob of children.blobs) await copyBlob(blob);
    for (const child of children.manifests) {
      const copied = await walk(child.digest);
      if (copied.digest !== child.digest) {
        throw new ArtefactsError('DIGEST_MISMATCH', `child manifest ${child.digest} read back as ${copied.digest}.`);
      }
    }
    await destination.putManifest(manifest);
    stats.manifests++;
    return manifest;
  };
  const manifest = await walk(digest);
  if (options.tag !== undefined) await destination.putTag(options.tag, manifest);
  return { manifest, stats };
}

/** A container image config larger than this is not read for its platform (a config is a few KiB). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
const CONTAINER_CONFIGS: readonly string[] = [MEDIA.ociConfig, MEDIA.dockerConfig];

/**
 * The platform a single-platform image's config names (`os`, `architecture`, `variant`), or
 * undefined when the manifest is no container image (an artefact's empty or own config) or its
 * config names none. A container config that is not JSON is refused (REGISTRY_PROTOCOL).
 */
export async function configPlatform(store: ArtifactStore, manifest: Manifest): Promise<Platform | undefined> {
  if (isIndex(manifest.parsed)) return undefined;
  const config = manifest.parsed.config;
  if (!CONTAINER_CONFIGS.includes(config.mediaType)) return undefined;
  if (config.size > MAX_CONFIG_BYTES) return undefined;
  let parsed: { os?: unknown; architecture?: unknown; variant?: unknown };
  try {
    parsed = JSON.parse((await readBlob(store, config)).toString('utf8')) as typeof parsed;
  } catch (error) {
    if (error instanceof ArtefactsError) throw error;
    throw new ArtefactsError('REGISTRY_PROTOCOL', `${store.location}: image config ${config.digest} is not JSON.`, {
      cause: error,
    });
  }
  if (parsed === null || typeof parsed.os !== 'string' || typeof parsed.architecture !== 'string') return undefined;
  return {
    os: parsed.os,
    architecture: parsed.architecture,
    ...(typeof parsed.variant === 'string' && parsed.variant !== '' ? { variant: parsed.variant } : {}),
  };
}

/** Reads a whole (small) blob, verified. */
export async function readBlob(store: ArtifactStore, descriptor: { digest: string; size?: number }): Promise<Buffer> {
  const stream: Readable = await store.getBlob(descriptor);
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
