// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export {
  DIGEST_SECRETS,
  INSPECT_SECRETS,
  LS_SECRETS,
  parseDigestInputs,
  parseInspectInputs,
  parseLsInputs,
  parseTreeInputs,
  runDigest,
  runInspect,
  runLs,
  runTree,
  TREE_SECRETS,
} from '@immutable-artefacts/core';
