// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export { BUILD_TAG_SECRETS, parseBuildTagInputs, runBuildTag } from '@immutable-artefacts/core';
