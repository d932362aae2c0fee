/** Types of registry-process.mjs (plain JavaScript, shared by the harness and the benchmarks). */
export function freePort(): Promise<number>;

export interface RegistryProcess {
  /** host:port, e.g. 127.0.0.1:40123 */
  readonly host: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

export function spawnRegistry(options: {
  storage: string;
  config: string;
  extraYaml?: string;
  lifetimeMs: number;
}): Promise<RegistryProcess>;
