// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export {
  PACK_SECRETS,
  parsePackInputs,
  parsePullInputs,
  PULL_SECRETS,
  runPack,
  runPull,
} from '@immutable-artefacts/core';
