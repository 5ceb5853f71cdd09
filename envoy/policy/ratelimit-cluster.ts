// The Envoy cluster the quota filter's lease calls go to: the rate-limit service's gRPC port on
// loopback, HTTP/2 (gRPC needs it; Envoy's default upstream protocol is HTTP/1.1).

import { isIP } from 'node:net';

export const RATELIMIT_CLUSTER = 'portcullis_ratelimit';

export interface RatelimitClusterOptions {
  port: number;
  address?: string;
  name?: string;
  connectTimeoutMs?: number;
}

export function renderRatelimitCluster(options: RatelimitClusterOptions): Record<string, unknown> {
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65535) {
    throw new RangeError(`rate-limit service port must be 1..65535, got ${options.port}`);
  }
  const name = options.name ?? RATELIMIT_CLUSTER;
  const address = options.address ?? '127.0.0.1';
  return {
    name,
    // An IP literal needs no resolver; a name (a Kubernetes service, say) is re-resolved as DNS changes.
    type: isIP(address) !== 0 ? 'STATIC' : 'STRICT_DNS',
    connect_timeout: `${((options.connectTimeoutMs ?? 1000) / 1000).toFixed(3)}s`,
    typed_extension_protocol_options: {
      'envoy.extensions.upstreams.http.v3.HttpProtocolOptions': {
        '@type': 'type.googleapis.com/envoy.extensions.upstreams.http.v3.HttpProtocolOptions',
        explicit_http_config: { http2_protocol_options: {} },
      },
    },
    load_assignment: {
      cluster_name: name,
      endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address, port_value: options.port } } } }] }],
    },
  };
}
