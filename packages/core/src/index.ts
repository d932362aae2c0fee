export * from './errors.js';
export * from './log.js';
export { compareText } from './order.js';
export * as inputs from './inputs.js';
export * from './paths.js';
export type { RawInputs } from './inputs.js';
export * from './github/context.js';
export * from './git/git.js';
export * from './github/api.js';
export * from './action.js';
export * from './oci/references.js';
export * from './oci/media.js';
export * from './oci/store.js';
export * from './oci/auth.js';
export * from './oci/registry.js';
export { checkConnectionSettings, connectionFromEnv, type ConnectionFlags } from './oci/connection.js';
export { DEFAULT_RETRY, type RetryPolicy } from './oci/http.js';
export * from './oci/layout.js';
export * from './oci/builder.js';
export * from './oci/open.js';
export * from './promote/promote.js';
export type { DestinationResult, DestinationStatus, PromoteResult } from './promote/report.js';
export * from './promote/inputs.js';
// The signing domain (keys, statements, bundles, policy) under one name; its entry points are flat like every action's.
export * as sign from './sign/index.js';
export * from './sign/run.js';
export * from './sign/verify-run.js';
export * from './sign/keygen.js';
// build-tag: the entry points; the rest stays internal to keep the surface (and name clashes) small.
export {
  runBuildTag,
  parseBuildTagInputs,
  BUILD_TAG_SECRETS,
  DEFAULT_TEMPLATE,
  type BuildTagInputs,
} from './version/build-tag.js';
export { sanitizeTag } from './version/tag-rules.js';
export { resolveVersion } from './version/resolve-version.js';
export {
  createTag,
  moveTag,
  type CreateTagResult,
  type MoveGuard,
  type MoveTagOutcome,
  type MoveTagResult,
} from './github/tags.js';
export * from './version/semver.js';
export * from './version/conventional.js';
export * from './version/options.js';
export * from './version/calculate.js';
export * from './version/semver-calculate.js';
export type { BumpSource, VersionResult } from './version/version-result.js';
export type { ClassifiedCommit } from './version/classify.js';
export * from './version/report.js';
export * from './git/history.js';
export * from './github/comments.js';
export * from './github/pulls.js';
export * from './release/release.js';
export * from './promote/gate.js';
export * as sbomModel from './sbom/model.js';
export * from './sbom/run.js';
export * from './sbom/inputs.js';
export { writeCycloneDx, writeSpdx, writeDocuments, SBOM_FORMATS, SBOM_MEDIA_TYPES } from './sbom/writers.js';
export type { SbomFormat, SbomSubject, SbomDocument } from './sbom/writers.js';
export {
  catalogImage,
  applyLayers,
  type ImageLayerInput,
  type LayerEntries,
  type ImageCatalogResult,
} from './sbom/image/layers.js';
export { tarEntries, zstdAvailable, type TarEntry } from './sbom/image/tar.js';
export { sbomArtifactName, sbomArtifact, artifactRuntimeAvailable, type SbomArtifact } from './sbom/upload-artifact.js';
export { findSyft, syftArgs, syftSource } from './sbom/syft.js';
export { catalogImageReference, type PlatformSbom } from './sbom/image/run.js';
export { documentReferrer } from './sbom/image/publish.js';
export {
  DEFAULT_ARTIFACT_TYPE,
  FILE_LAYER_MEDIA_TYPE,
  ANNOTATION_UNPACK,
  ANNOTATION_CONTENT_DIGEST,
} from './pack/format.js';
export * from './pack/inputs.js';
export * from './pack/pack.js';
export * from './pack/pull.js';
export * from './summary.js';
export * from './inspect/inputs.js';
export * from './inspect/run.js';
export * from './pin/inputs.js';
export { runPin } from './pin/run.js';
export type { PinEntry } from './pin/report.js';
export * from './trail/inputs.js';
export * from './trail/run.js';
export * from './audit/inputs.js';
export { runAudit } from './audit/run.js';
export { auditRepository, type AuditReport, type AuditedTag, type TagExpectation } from './audit/audit.js';
export * from './sign/predicates/tag-binding.js';
