// Exactly what index.js provides: @actions/exec as @actions/core uses it (core.platform).
import type { ExecOptions, ExecOutput } from '@actions/exec-eager';

export declare function getExecOutput(commandLine: string, args?: string[], options?: ExecOptions): Promise<ExecOutput>;
