// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export { parsePinInputs, PIN_SECRETS, runPin } from '@immutable-artefacts/core';
