// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export {
  parseKeygenInputs,
  parseSignInputs,
  parseVerifyInputs,
  runKeygen,
  runSign,
  runVerify,
  SIGN_SECRETS,
  VERIFY_SECRETS,
} from '@immutable-artefacts/core';
