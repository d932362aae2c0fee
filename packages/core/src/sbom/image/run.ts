/**
 * Image mode of the sbom action: the reference (registry or OCI layout) is resolved ONCE to its
 * digest; an index is catalogued per platform (all, or those asked for), each platform's layers
 * streamed from the store into catalogImage (never unpacked to disk); one document set per
 * platform whose subject is that platform's manifest digest. Optionally each document is pushed as
 * an OCI referrer of that digest (`attach`) and/or signed as an SBOM attestation by the sign core
 * and pushed as a cosign v3 bundle referrer (`attest`).
 */
import type { ActionEnvironment } from '../../action.js';
import { ArtefactsError, inputError } from '../../errors.js';
import {
  ANNOTATION_CREATED,
  isIndex,
  MEDIA,
  platformKey,
  type Descriptor,
  type ImageManifest,
  type Manifest,
  type Platform,
} from '../../oci/media.js';
import { configPlatform, readBlob, storeFromInputs } from '../../oci/open.js';
import { formatReference, referenceTarget, type ImageReference } from '../../oci/references.js';
import { blobChunks, type ArtifactStore } from '../../oci/store.js';
import { linksBeneath, workspace } from '../../paths.js';
import type { Catalog } from '../model.js';
import { layoutImageIdentity } from '../project.js';
import { writeDocuments, type SbomDocument, type SbomSubject } from '../writers.js';
import { catalogImage, type ImageLayerInput } from './layers.js';
import { imageReferenceInput, type SbomInputs } from '../inputs.js';

/** The pieces of the sbom inputs image mode reads. */
export type ImageSbomInputs = Pick<
  SbomInputs,
  | 'image'
  | 'ociLayout'
  | 'formats'
  | 'outputDir'
  | 'outputFile'
  | 'platforms'
  | 'attach'
  | 'attest'
  | 'registryUsername'
  | 'registryPassword'
  | 'key'
  | 'keyPassword'
  | 'allowOutsideWorkspace'
>;

/** A file-name-safe form of a platform: `linux-arm64-v8`. */
function platformSlug(p: Platform): string {
  return platformKey(p).replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** Does `wanted` (`linux/arm64`, `linux/arm64/v8`) select `p`? A wanted platform without variant matches any variant. */
export function platformMatches(wanted: string, p: Platform | undefined): boolean {
  const key = platformKey(p);
  return key === wanted || key.startsWith(`${wanted}/`);
}

/** Index entries that are images of a platform (not buildkit's `unknown/unknown` attestation manifests). */
function imageEntries(index: Manifest): Descriptor[] {
  if (!isIndex(index.parsed)) return [];
  return index.parsed.manifests.filter(
    (d) =>
      d.platform !== undefined &&
      d.platform.os !== 'unknown' &&
      d.annotations?.['vnd.docker.reference.type'] === undefined &&
      (d.artifactType === undefined || d.artifactType === MEDIA.ociConfig),
  );
}

/** Opens the store behind `image` / `oci-layout` with the explicit credentials (masked) when given. */
function openImageStore(
  inputs: ImageSbomInputs,
  environment: ActionEnvironment,
): { ref: ImageReference; store: ArtifactStore; input: 'image' | 'oci-layout' } {
  const input = inputs.image !== undefined ? 'image' : 'oci-layout';
  const value = inputs.image ?? inputs.ociLayout ?? '';
  const ref = imageReferenceInput(input, value);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  const store = storeFromInputs(ref, inputs, environment, linksBeneath(ws, input));
  return { ref, store, input };
}

interface PlatformImage {
  readonly platform: Platform | undefined;
  readonly manifest: Manifest;
  readonly descriptor: Descriptor;
}

/** Resolves the reference once, and picks the platform manifests to catalogue. */
async function selectPlatforms(
  store: ArtifactStore,
  ref: ImageReference,
  wanted: readonly string[],
  shown: string,
): Promise<{ root: Descriptor; index: Manifest | undefined; images: PlatformImage[] }> {
  const target = referenceTarget(ref);
  const root = await store.resolve(target);
  if (root === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `Image ${shown} not found in ${store.location}.`, {
      hint: 'Push the image first and catalogue the reference the build step printed (ideally by digest).',
    });
  }
  if (ref.digest !== undefined && root.digest !== ref.digest) {
    throw new ArtefactsError('DIGEST_MISMATCH', `${shown} resolved to ${root.digest}.`);
  }
  // Fetched by digest from here on: a tag moving meanwhile cannot mix two images.
  const top = await store.getManifest(root.digest);
  const rootDescriptor: Descriptor = { mediaType: top.mediaType, digest: top.digest, size: top.bytes.length };
  if (!isIndex(top.parsed)) {
    const image: PlatformImage = { platform: undefined, manifest: top, descriptor: rootDescriptor };
    if (wanted.length > 0) {
      const platform = await configPlatform(store, top);
      const misses = wanted.filter((w) => !platformMatches(w, platform));
      if (misses.length > 0) {
        throw inputError(
          'platforms',
          wanted.join(','),
          `platforms of ${shown}, which is a single-platform image for ${platformKey(platform) || 'an unknown platform'}`,
        );
      }
      return { root: rootDescriptor, index: undefined, images: [{ ...image, platform }] };
    }
    return { root: rootDescriptor, index: undefined, images: [image] };
  }
  const entries = imageEntries(top);
  if (entries.length === 0) {
    throw new ArtefactsError('MEDIA_TYPE_UNSUPPORTED', `${shown} is an index without platform images.`);
  }
  const chosen =
    wanted.length === 0 ? entries : entries.filter((d) => wanted.some((w) => platformMatches(w, d.platform)));
  for (const w of wanted) {
    if (!entries.some((d) => platformMatches(w, d.platform))) {
      throw inputError(
        'platforms',
        w,
        `platforms present in ${shown}: ${entries.map((d) => platformKey(d.platform)).join(', ')}`,
      );
    }
  }
  const images: PlatformImage[] = [];
  for (const d of chosen) {
    const manifest = await store.getManifest(d.digest);
    if (isIndex(manifest.parsed)) {
      throw new ArtefactsError(
        'MEDIA_TYPE_UNSUPPORTED',
        `${shown}: the ${platformKey(d.platform)} entry ${d.digest} is itself an index; nested indexes are not catalogued.`,
      );
    }
    images.push({
      platform: d.platform,
      manifest,
      descriptor: { mediaType: manifest.mediaType, digest: manifest.digest, size: manifest.bytes.length },
    });
  }
  return { root: rootDescriptor, index: top, images };
}

interface ImageConfig {
  created?: string;
  config?: { Labels?: Record<string, string> | null };
  os?: string;
  architecture?: string;
  variant?: string;
}

async function readConfig(store: ArtifactStore, manifest: Manifest): Promise<ImageConfig> {
  const config = (manifest.parsed as ImageManifest).config;
  const bytes = await readBlob(store, config);
  try {
    const parsed = JSON.parse(bytes.toString('utf8')) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as ImageConfig) : {};
  } catch (error) {
    throw new ArtefactsError('REGISTRY_PROTOCOL', `image config ${config.digest} is not JSON.`, { cause: error });
  }
}

/** The image's layers as catalogImage wants them: each blob opened only when a walk takes it (two at a time). */
async function* layerInputs(
  store: ArtifactStore,
  manifest: ImageManifest,
  warnings: string[],
): AsyncGenerator<ImageLayerInput> {
  for (const layer of manifest.layers) {
    if (layer.urls !== undefined && layer.urls.length > 0) {
      // Non-distributable (foreign) layers live outside the registry; they are not fetched.
      warnings.push(`layer ${layer.digest} is a foreign layer (${layer.mediaType}); not catalogued`);
      continue;
    }
    if (!/tar|rootfs/.test(layer.mediaType)) {
      // A packed file (application/octet-stream) is no filesystem layer: nothing to walk in it.
      warnings.push(`layer ${layer.digest} is not a filesystem layer (${layer.mediaType}); not catalogued`);
      continue;
    }
    yield { digest: layer.digest, blob: blobChunks(store, layer), lent: store.blobChunks !== undefined };
  }
}

/** The document's file name per format, with the platform in it when an index is catalogued. */
function imageFileName(base: string, platform: Platform | undefined, perPlatform: boolean): string {
  if (!perPlatform || platform === undefined) return base;
  const dot = base.indexOf('.');
  return `${base.slice(0, dot)}.${platformSlug(platform)}${base.slice(dot)}`;
}

/**
 * The purl of an OCI image per the purl spec's oci type:
 * `pkg:oci/<name>@sha256%3A<hex>?arch=…&os=…&repository_url=<registry>/<repository>&tag=…`
 * (the version percent-encoded; `/` and `:` left readable in qualifier values, as the spec's examples write them).
 */
function ociPurl(ref: ImageReference, digest: string, platform: Platform | undefined, layoutName = 'image'): string {
  // An OCI layout's directory is a local folder: the image's own name (layoutImageIdentity) is used instead.
  const name = (ref.kind === 'registry' ? ref.repository : layoutName).split('/').pop() || 'image';
  const qualifiers: [string, string | undefined][] = [
    ['arch', platform?.architecture],
    ['os', platform?.os],
    ['repository_url', ref.kind === 'registry' ? `${ref.registry}/${ref.repository}` : undefined],
    ['tag', ref.tag],
  ];
  const value = (v: string) => encodeURIComponent(v).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
  const query = qualifiers
    .filter((q): q is [string, string] => q[1] !== undefined && q[1] !== '')
    .map(([k, v]) => `${k}=${value(v)}`)
    .join('&');
  return `pkg:oci/${encodeURIComponent(name.toLowerCase())}@${encodeURIComponent(digest)}${query === '' ? '' : `?${query}`}`;
}

/** What one catalogued platform produced. */
export interface PlatformSbom {
  readonly platform: Platform | undefined;
  readonly subject: SbomSubject;
  readonly descriptor: Descriptor;
  readonly catalog: Catalog;
  readonly documents: readonly SbomDocument[];
  readonly fileNames: readonly string[];
  readonly bytes: number;
}

/** Catalogues every selected platform of the image; writes nothing. */
export async function catalogImageReference(
  inputs: ImageSbomInputs,
  environment: ActionEnvironment,
  fileNames: Readonly<Record<string, string>>,
  documentTime: (fallback: Date | undefined) => Promise<{ time: Date; source: string }>,
): Promise<{
  ref: ImageReference;
  store: ArtifactStore;
  name: string;
  root: Descriptor;
  results: PlatformSbom[];
}> {
  const { logger } = environment;
  const { ref, store } = openImageStore(inputs, environment);
  const shown = inputs.image ?? inputs.ociLayout ?? '';
  const { root, index, images } = await selectPlatforms(store, ref, inputs.platforms, shown);
  if (ref.digest === undefined) logger.notice(`Resolved ${shown} to ${root.digest}; cataloguing that digest.`);
  const perPlatform = index !== undefined;
  if (perPlatform && images.length > 1 && inputs.outputFile !== undefined) {
    throw inputError(
      'output-file',
      inputs.outputFile,
      `a file name only for one platform (${shown} has ${images.length} selected: ${images.map((i) => platformKey(i.platform)).join(', ')})`,
      "Set 'output-dir' (each platform gets its own files there) or choose one entry in 'platforms'.",
    );
  }
  // A layout's name may come from git (its origin remote): a process of its own, so asked for now and
  // awaited once the layers are read, not before them.
  const layoutIdentity =
    ref.kind === 'layout'
      ? (async () =>
          layoutImageIdentity(
            [
              index?.parsed.annotations,
              images[0]?.manifest.parsed.annotations,
              images[0] === undefined
                ? undefined
                : ((await readConfig(store, images[0].manifest)).config?.Labels ?? undefined),
            ],
            environment.cwd,
            environment.github,
          ))()
      : undefined;
  layoutIdentity?.catch(() => undefined);
  const shownName = formatReference(ref, { tag: undefined, digest: undefined });
  const results: PlatformSbom[] = [];
  for (const image of images) {
    const label = image.platform === undefined ? image.descriptor.digest : platformKey(image.platform);
    const result = await logger.group(`Cataloguing ${shownName}@${image.descriptor.digest} (${label})`, async () => {
      const config = await readConfig(store, image.manifest);
      const platform =
        image.platform ??
        (typeof config.os === 'string' && typeof config.architecture === 'string'
          ? { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) }
          : undefined);
      const layerWarnings: string[] = [];
      const started = Date.now();
      const { catalog, stats, ownedSkipped } = await catalogImage(
        layerInputs(store, image.manifest.parsed as ImageManifest, layerWarnings),
        { logger },
      );
      const seconds = (Date.now() - started) / 1000;
      logger.info(
        `${stats.layers} layers, ${stats.entries} entries, ${(stats.bytes / 1048576).toFixed(1)} MiB in ${seconds.toFixed(1)} s; ${catalog.components.length} components${ownedSkipped > 0 ? ` (${ownedSkipped} language packages owned by OS packages not repeated)` : ''}`,
      );
      // An artefact (pack, ORAS) has an empty config: its manifest's created annotation dates it.
      const createdText = config.created ?? (image.manifest.parsed as ImageManifest).annotations?.[ANNOTATION_CREATED];
      const created = typeof createdText === 'string' ? new Date(createdText) : undefined;
      const when = await documentTime(created !== undefined && !Number.isNaN(created.getTime()) ? created : undefined);
      if (when.source === 'now') {
        logger.notice(
          `No SOURCE_DATE_EPOCH and ${label} has no 'created' time in its config: the SBOM timestamp is the current time, so reruns differ.`,
        );
      }
      const layout = await layoutIdentity;
      const subject: SbomSubject = {
        kind: 'image',
        name: layout?.name ?? shownName,
        ...(layout?.version === undefined ? {} : { version: layout.version }),
        digest: image.descriptor.digest,
        purl: ociPurl(ref, image.descriptor.digest, platform, layout?.name),
        timestamp: when.time,
        properties: {
          ...(platform === undefined ? {} : { 'immutable-artefacts:platform': platformKey(platform) }),
          ...(index === undefined ? {} : { 'immutable-artefacts:image-index': index.digest }),
          ...(ref.tag === undefined ? {} : { 'immutable-artefacts:tag': ref.tag }),
        },
      };
      const withWarnings = { ...catalog, warnings: [...layerWarnings, ...catalog.warnings] };
      const documents = writeDocuments(withWarnings, subject, inputs.formats);
      return {
        platform,
        subject,
        descriptor: image.descriptor,
        catalog: withWarnings,
        documents,
        fileNames: documents.map((d) => imageFileName(fileNames[d.format] ?? 'sbom.json', platform, perPlatform)),
        bytes: stats.bytes,
      } satisfies PlatformSbom;
    });
    results.push(result);
  }
  return { ref, store, name: (await layoutIdentity)?.name ?? shownName, root, results };
}
