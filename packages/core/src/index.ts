export * from './errors.js';
export * from './log.js';
export * as inputs from './inputs.js';
export type { RawInputs } from './inputs.js';
export * from './github/context.js';
export * from './git/git.js';
export * from './github/api.js';
export * from './action.js';
// build-tag: the entry points; the rest stays internal to keep the surface (and name clashes) small.
export { buildTag, parseBuildTagInputs, DEFAULT_TEMPLATE, type BuildTagInputs } from './version/build-tag.js';
export { sanitizeTag } from './version/tag-rules.js';
export { resolveVersion } from './version/resolve-version.js';
export { createTag, moveTag, readTag, type CreateTagResult, type MoveTagResult } from './github/tags.js';
