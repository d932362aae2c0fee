// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export { parsePromoteInputs, PROMOTE_SECRETS, runPromote } from '@immutable-artefacts/core';
