// Picks the gateway harness: the local Envoy binary, or a container (PORTCULLIS_ENVOY_MODE).
import type { Gateway, GatewayOptions } from './types.ts';

export type { Gateway, GatewayOptions } from './types.ts';
export type GatewayMode = 'local' | 'container';

export async function startGateway(options: GatewayOptions & { mode?: GatewayMode }): Promise<Gateway> {
  const mode = options.mode ?? gatewayModeFromEnv();
  if (mode === 'container') {
    const { startContainerGateway } = await import('./container.ts');
    return startContainerGateway(options);
  }
  const { startLocalGateway } = await import('./local.ts');
  return startLocalGateway(options);
}

export function gatewayModeFromEnv(): GatewayMode {
  const value = process.env.PORTCULLIS_ENVOY_MODE;
  if (value === undefined || value === '' || value === 'local') return 'local';
  if (value === 'container') return 'container';
  throw new Error(`PORTCULLIS_ENVOY_MODE=${value}: expected "local" or "container"`);
}
