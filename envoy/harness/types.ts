// The contract every gateway harness (local binary, container) implements, so tests can run
// against either without knowing which.
import type { Policy } from '../policy/types.ts';

/** Rewrites a rendered Envoy bootstrap (see `GatewayOptions.transformBootstrap`). */
export type BootstrapTransform = (bootstrap: Record<string, unknown>) => Record<string, unknown>;

/**
 * Options every harness takes with the same meaning: `startGateway`, `startLocalGateway` and
 * `startContainerGateway` all accept this type, so the same options run on either harness.
 * Harness-only options live in the harness's own type and say so there:
 * `LocalGatewayOptions.echoOutput` (local only), and `mode` on `startGateway`.
 */
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
  /**
   * How long to wait for Envoy to be LIVE with its listener accepting. Default 30 s for the local
   * binary, 60 s for a container (V8 compiles the modules at start; a container adds its own start).
   */
  startTimeoutMs?: number;
  /**
   * Rewrites the rendered bootstrap (the object `renderEnvoyBootstrap` returns, with the ports the
   * harness chose) before Envoy sees it; must return the bootstrap (editing it in place and
   * returning it is fine). Both harnesses apply it the same way (`bootstrap.ts`): benchmarks put
   * a native Envoy filter where ours would be or answer with `direct_response`; tests add clusters.
   */
  transformBootstrap?: BootstrapTransform;
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
