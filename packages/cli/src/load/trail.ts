// Loaded when one of its commands runs (commands.ts): ncc puts it in a chunk of its own, with only the core code it reaches.
export {
  HISTORY_SECRETS,
  parseHistoryInputs,
  parseTraceInputs,
  runHistory,
  runTrace,
  TRACE_SECRETS,
} from '@immutable-artefacts/core';
