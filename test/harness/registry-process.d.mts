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
  /** Lines inside `http:` (indented two spaces), e.g. a `tls:` section. */
  httpYaml?: string;
  lifetimeMs: number;
}): Promise<RegistryProcess>;
