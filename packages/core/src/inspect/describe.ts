/**
 * What a reference is, read-only: digest, media type, platforms, size, annotations, created, and
 * the version, commit and immutable tag build-tag's annotations record (as `crane manifest`,
 * `skopeo inspect` and `oras manifest fetch` show it, in one answer).
 */
import { INDEX_MEDIA_TYPES, MEDIA, type ImageIndex, type ImageManifest, type Manifest } from '../oci/media.js';
import type { ArtifactStore } from '../oci/store.js';

const OCI = 'org.opencontainers.image';

export interface ArtefactDescription {
  readonly reference: string;
  readonly digest: string;
  readonly mediaType: string;
  /** The artifactType, else the config's media type (what kind of thing the manifest carries). */
  readonly artifactType: string | undefined;
  readonly kind: 'index' | 'image' | 'artefact';
  /** Bytes of the manifest and everything it references (an index: its manifests' own totals). */
  readonly size: number;
  readonly platforms: readonly string[];
  readonly annotations: Readonly<Record<string, string>>;
  readonly created: string | undefined;
  readonly version: string | undefined;
  readonly revision: string | undefined;
  /** The tag that names this version and commit (build-tag's immutable tag), when one points here. */
  readonly immutableTag: string | undefined;
}

const CONTAINER_CONFIGS = new Set<string>([MEDIA.ociConfig, MEDIA.dockerConfig]);

/**
 * An immutable tag names the version and the commit its manifest records: it holds the version
 * and starts-with-7-or-more of the revision as a word (`1.2.3-42-abc1234`, `v1.2.3-abc1234`).
 */
export function isImmutableTag(tag: string, version: string | undefined, revision: string | undefined): boolean {
  if (!version || !revision || revision.length < 7) return false;
  const plain = version.replace(/^v/, '');
  if (!tag.includes(plain)) return false;
  return tag.split(/[-_.+]/).some((word) => word.length >= 7 && revision.toLowerCase().startsWith(word.toLowerCase()));
}

function platformText(p: { os: string; architecture: string; variant?: string }): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

async function totalSize(store: ArtifactStore, manifest: Manifest, depth = 0): Promise<number> {
  if (INDEX_MEDIA_TYPES.includes(manifest.mediaType)) {
    let sum = manifest.bytes.length;
    for (const child of (manifest.parsed as ImageIndex).manifests ?? []) {
      sum += depth < 4 ? await totalSize(store, await store.getManifest(child.digest), depth + 1) : child.size;
    }
    return sum;
  }
  const parsed = manifest.parsed as ImageManifest;
  return manifest.bytes.length + (parsed.config?.size ?? 0) + (parsed.layers ?? []).reduce((n, l) => n + l.size, 0);
}

/** The tags of `store` that are this manifest's immutable tag: looked for by name first, resolved last. */
async function findImmutableTag(
  store: ArtifactStore,
  reference: string,
  digest: string,
  version: string | undefined,
  revision: string | undefined,
): Promise<string | undefined> {
  if (!version || !revision) return undefined;
  if (!reference.startsWith('sha256:') && isImmutableTag(reference, version, revision)) return reference;
  const candidates = (await store.listTags()).filter((t) => isImmutableTag(t, version, revision));
  for (const tag of candidates) {
    if ((await store.resolve(tag))?.digest === digest) return tag;
  }
  return undefined;
}

export async function describeArtefact(store: ArtifactStore, reference: string): Promise<ArtefactDescription> {
  const manifest = await store.getManifest(reference);
  const parsed = manifest.parsed as ImageManifest & Partial<ImageIndex>;
  const annotations = parsed.annotations ?? {};
  const index = INDEX_MEDIA_TYPES.includes(manifest.mediaType);
  const platforms = index
    ? (parsed.manifests ?? []).flatMap((m) => (m.platform ? [platformText(m.platform)] : []))
    : [];
  const configType = index ? undefined : parsed.config?.mediaType;
  let created = annotations[`${OCI}.created`];
  if (!index && configType !== undefined && CONTAINER_CONFIGS.has(configType) && parsed.config.size < 4 << 20) {
    // A container image: its config says the platform and, when the manifest does not, the time.
    const chunks: Buffer[] = [];
    for await (const chunk of await store.getBlob(parsed.config)) chunks.push(chunk as Buffer);
    const config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      os?: string;
      architecture?: string;
      variant?: string;
      created?: string;
    };
    if (config.os && config.architecture) {
      platforms.push(platformText({ os: config.os, architecture: config.architecture, variant: config.variant }));
    }
    created ??= config.created;
  }
  const version = annotations[`${OCI}.version`];
  const revision = annotations[`${OCI}.revision`];
  return {
    reference,
    digest: manifest.digest,
    mediaType: manifest.mediaType,
    artifactType: parsed.artifactType ?? configType,
    kind: index ? 'index' : configType !== undefined && CONTAINER_CONFIGS.has(configType) ? 'image' : 'artefact',
    size: await totalSize(store, manifest),
    platforms,
    annotations,
    created,
    version,
    revision,
    immutableTag: await findImmutableTag(store, reference, manifest.digest, version, revision),
  };
}
