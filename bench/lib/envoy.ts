// Bootstrap rewrites the Envoy benchmarks share.

/**
 * Every variant answers from Envoy itself (direct_response on the matched route) so the figures
 * measure Envoy and the filters, not the Node echo backend, which saturates long before Envoy.
 */
export function answerFromEnvoy(bootstrap: Record<string, unknown>): Record<string, unknown> {
  const hcm = httpConnectionManager(bootstrap);
  for (const vhost of hcm.route_config.virtual_hosts) {
    for (const route of vhost.routes) {
      if (route.route) {
        delete route.route;
        route.direct_response = { status: 200, body: { inline_string: 'ok' } };
      }
    }
  }
  return bootstrap;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function httpConnectionManager(bootstrap: Record<string, unknown>): any {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (bootstrap as any).static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
}
