/** Types of fault-proxy.mjs (plain JavaScript, shared by the tests and the benchmarks). */
export const FAULT_KINDS: readonly string[];

export interface FaultProxy {
  /** host:port, e.g. 127.0.0.1:40123 */
  readonly host: string;
  readonly port: number;
  /** The share of requests that fail (0..1); may be changed while running. */
  rate: number;
  readonly stats: { requests: number; faults: number; byKind: Record<string, number> };
  close(): Promise<void>;
}

export function startFaultProxy(
  upstream: string,
  options?: { rate?: number; seed?: number; maxRequests?: number; lifetimeMs?: number },
): Promise<FaultProxy>;
