export * from './errors.js';
export * from './log.js';
export * as inputs from './inputs.js';
export type { RawInputs } from './inputs.js';
export * from './github/context.js';
export * from './git/git.js';
export * from './github/api.js';
export * from './action.js';
export {
  buildTag,
  parseBuildTagInputs,
  DEFAULT_TEMPLATE,
  envMirrorName,
  parseRemoteUrl,
  type BuildTagInputs,
} from './version/build-tag.js';
export { parseTemplate, renderTemplate, formatDate, PLACEHOLDERS, type Template } from './version/template.js';
export { parseTagRules, planTags, sanitizeTag, OCI_TAG, type TagRule, type TagPlan } from './version/tag-rules.js';
export { parseImageName, parseImageNames, type ImageName } from './version/image-name.js';
export { listVersionTags, highestStable, parseVersionTag, type VersionTag } from './version/version-tags.js';
export { resolveVersion } from './version/resolve-version.js';
export { createTag, moveTag, readTag, type CreateTagResult, type MoveTagResult } from './github/tags.js';
