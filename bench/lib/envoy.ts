// Bootstrap rewrites the Envoy benchmarks share (and the harness tests, which need a response
// only the transformed Envoy could give).
import type { BootstrapTransform } from '../../envoy/harness/types.ts';

/**
 * Every policy route answers 200 `body` from Envoy itself (direct_response); the 404 for
 * unmatched paths stays. Throws when the bootstrap has no route to replace, so a change in the
 * rendered shape fails loudly instead of measuring (or testing) the backend.
 */
export function answerWith(body: string): BootstrapTransform {
  return (bootstrap) => {
    const hcm = httpConnectionManager(bootstrap);
    let replaced = 0;
    for (const vhost of hcm.route_config.virtual_hosts) {
      for (const route of vhost.routes) {
        if (route.route === undefined) continue;
        delete route.route;
        route.direct_response = { status: 200, body: { inline_string: body } };
        replaced += 1;
      }
    }
    if (replaced === 0) throw new Error('answerWith: the bootstrap has no route to replace');
    return bootstrap;
  };
}

/**
 * Every variant answers from Envoy itself (direct_response on the matched route) so the figures
 * measure Envoy and the filters, not the Node echo backend, which saturates long before Envoy.
 */
export const answerFromEnvoy: BootstrapTransform = answerWith('ok');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function httpConnectionManager(bootstrap: Record<string, unknown>): any {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (bootstrap as any).static_resources.listeners[0].filter_chains[0].filters[0].typed_config;
}
