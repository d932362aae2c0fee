/**
 * Node's own modules that most runs never use, loaded on first use rather than by every run of every
 * action at start (node:child_process brings node:net, node:dgram and their internals with it).
 * One home for the idiom. Required, not imported, so a caller that must act synchronously (start a
 * git process before it is read) still can.
 */
import type * as ChildProcess from 'node:child_process';
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';

const require = createRequire(import.meta.url);
let childProcessModule: typeof ChildProcess | undefined;

/** node:child_process, loaded on the first call. */
export function childProcess(): typeof ChildProcess {
  return (childProcessModule ??= require('node:child_process') as typeof ChildProcess);
}

let zlibModule: typeof Zlib | undefined;

/** node:zlib, loaded on the first call: signing and attaching build referrers with no gzip layer. */
export function zlib(): typeof Zlib {
  return (zlibModule ??= require('node:zlib') as typeof Zlib);
}
