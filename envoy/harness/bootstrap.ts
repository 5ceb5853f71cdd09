// The bootstrap both harnesses hand to Envoy: the policy rendered with the ports the harness
// picked, then the caller's `transformBootstrap` (if any), as YAML in a file only we can read.
// One function for both, so a transform means the same thing on the local binary and in a container.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { renderEnvoyBootstrap } from '../render.ts';
import type { GatewayOptions } from './types.ts';

/** Where the harness put things: the resolved build dir and the ports it chose. */
export interface BootstrapPlacement {
  buildDir: string;
  listenerPort: number;
  adminPort: number;
}

/** The bootstrap's YAML: `renderEnvoyBootstrap` (upstream port from the options), then the transform. */
export function renderGatewayBootstrap(options: GatewayOptions, at: BootstrapPlacement): string {
  const rendered = exclusiveListeners(renderEnvoyBootstrap(options.policy, { ...at, upstreamPort: options.upstreamPort }));
  const bootstrap = options.transformBootstrap ? options.transformBootstrap(rendered) : rendered;
  if (bootstrap === null || typeof bootstrap !== 'object' || Array.isArray(bootstrap)) {
    // The usual slip: a transform that edits the object in place and forgets to return it.
    throw new TypeError(`transformBootstrap returned ${Array.isArray(bootstrap) ? 'an array' : String(bootstrap)}; it must return the bootstrap object`);
  }
  return stringify(bootstrap, { lineWidth: 0 });
}

/**
 * A harness gateway shares the machine with other tests' gateways, each on a port found free a
 * moment before Envoy binds it. Envoy binds listeners with SO_REUSEPORT by default, so two
 * gateways handed the same port would both start and silently split each other's connections;
 * without it the second fails to bind, loudly (the local harness then retries on fresh ports).
 * With one socket per listener, a gateway's workers share it instead of one socket each.
 */
function exclusiveListeners(bootstrap: Record<string, unknown>): Record<string, unknown> {
  const resources = bootstrap.static_resources as { listeners?: Record<string, unknown>[] } | undefined;
  for (const listener of resources?.listeners ?? []) listener.enable_reuse_port = false;
  return bootstrap;
}

/** Writes `<dir>/envoy.yaml` and returns its path. Mode 0600: the bootstrap holds the policy's key digests. */
export function writeGatewayBootstrap(dir: string, yaml: string): string {
  const path = join(dir, 'envoy.yaml');
  writeFileSync(path, yaml, { mode: 0o600 });
  return path;
}
