// The contract every gateway harness (local binary, container) implements, so tests can run
// against either without knowing which.
import type { Policy } from '../policy/types.ts';

export interface GatewayOptions {
  policy: Policy;
  /** Where the .wasm modules are; defaults to `<repo>/build`. */
  buildDir?: string;
  /** Envoy worker threads; defaults to 1. */
  concurrency?: number;
  /** Envoy `--log-level`; defaults to warn (with wasm module logs at info). */
  logLevel?: string;
  /** Absent or 0: a free port is picked. */
  listenerPort?: number;
  adminPort?: number;
  /** Replaces the policy's upstream port (e.g. with an echo server's). */
  upstreamPort?: number;
}

export interface Gateway {
  baseUrl: string;
  adminUrl: string;
  listenerPort: number;
  adminPort: number;
  /** Counters and gauges from the admin `/stats` endpoint, by full name. */
  stats(): Promise<Record<string, number>>;
  /** Envoy's stdout and stderr so far (access log included). */
  logs(): string;
  stop(): Promise<void>;
}
