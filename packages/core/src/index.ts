export * from './errors.js';
export * from './log.js';
export * as inputs from './inputs.js';
export type { RawInputs } from './inputs.js';
export * from './github/context.js';
export * from './git/git.js';
export * from './github/api.js';
export * from './action.js';
export * as sbomModel from './sbom/model.js';
export * from './sbom/run.js';
export { writeCycloneDx, writeSpdx, writeDocuments, SBOM_FORMATS, SBOM_MEDIA_TYPES } from './sbom/writers.js';
export type { SbomFormat, SbomSubject, SbomDocument } from './sbom/writers.js';
export {
  catalogImage,
  applyLayers,
  catalogFindings,
  type ImageLayerInput,
  type LayerEntries,
  type ImageCatalogResult,
} from './sbom/image/layers.js';
export { tarEntries, decompressLayer, zstdAvailable, type TarEntry } from './sbom/image/tar.js';
