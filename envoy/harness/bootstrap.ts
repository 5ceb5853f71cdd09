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
  const rendered = renderEnvoyBootstrap(options.policy, { ...at, upstreamPort: options.upstreamPort });
  const bootstrap = options.transformBootstrap ? options.transformBootstrap(rendered) : rendered;
  if (bootstrap === null || typeof bootstrap !== 'object' || Array.isArray(bootstrap)) {
    // The usual slip: a transform that edits the object in place and forgets to return it.
    throw new TypeError(`transformBootstrap returned ${Array.isArray(bootstrap) ? 'an array' : String(bootstrap)}; it must return the bootstrap object`);
  }
  return stringify(bootstrap, { lineWidth: 0 });
}

/** Writes `<dir>/envoy.yaml` and returns its path. Mode 0600: the bootstrap holds the policy's key digests. */
export function writeGatewayBootstrap(dir: string, yaml: string): string {
  const path = join(dir, 'envoy.yaml');
  writeFileSync(path, yaml, { mode: 0o600 });
  return path;
}
