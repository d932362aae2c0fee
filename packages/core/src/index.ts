export * from './errors.js';
export * from './log.js';
export * as inputs from './inputs.js';
export type { RawInputs } from './inputs.js';
export * from './github/context.js';
export * from './git/git.js';
export * from './github/api.js';
export * from './action.js';
export * as sign from './sign/index.js';
