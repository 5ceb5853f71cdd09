// A policy route as an Envoy RouteMatch. The router and Envoy's native jwt_authn rules both use
// it, so the two can never disagree on which requests a route covers.
import type { Route } from './types.ts';

export function envoyRouteMatch(route: Route): Record<string, unknown> {
  const match: Record<string, unknown> = route.match.prefix !== undefined ? { prefix: route.match.prefix } : { path: route.match.path };
  if (route.methods) {
    match.headers = [{ name: ':method', string_match: { safe_regex: { regex: `^(${route.methods.join('|')})$` } } }];
  }
  return match;
}
