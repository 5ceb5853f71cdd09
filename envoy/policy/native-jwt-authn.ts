// The same jwt policy as Envoy's native jwt_authn filter, for differential tests and benchmarks
// against our wasm filter. Only what changes a verdict is refused when jwt_authn cannot say it;
// the differences that remain are listed in envoy/README.md.
import { jwksCluster, parseCalloutUrl, type CalloutUrl } from './callout.ts';
import { formatPath } from './errors.ts';
import { envoyRouteMatch } from './route-match.ts';
import type { JwtProvider, JwtSection, Policy, Requirement, Route } from './types.ts';

export const NATIVE_JWT_AUTHN_FILTER = 'envoy.filters.http.jwt_authn';

export class NativeJwtAuthnError extends Error {
  override name = 'NativeJwtAuthnError';
}

/** The http filter entry (`name` + `typed_config`) standing in for the wasm jwt filter. */
export function renderNativeJwtAuthn(policy: Policy): { name: string; typed_config: Record<string, unknown> } {
  const jwt = policy.jwt;
  if (!jwt) throw new NativeJwtAuthnError('the policy has no jwt section');
  const unsupported = unsupportedFeatures(policy, jwt);
  if (unsupported.length > 0) {
    throw new NativeJwtAuthnError(`Envoy's jwt_authn cannot express this policy:\n${unsupported.map((u) => `  ${u}`).join('\n')}`);
  }
  const fallback = defaultRequirement(jwt);
  const config: Record<string, unknown> = {
    '@type': 'type.googleapis.com/envoy.extensions.filters.http.jwt_authn.v3.JwtAuthentication',
    providers: Object.fromEntries(jwt.providers.map((p) => [p.name, provider(p, jwt.cache.max_entries)])),
    rules: policy.routes.map((route) => rule(route, fallback)),
  };
  if (policy.routes.some((r) => r.jwt?.cors_preflight)) config.bypass_cors_preflight = true;
  return { name: NATIVE_JWT_AUTHN_FILTER, typed_config: config };
}

function unsupportedFeatures(policy: Policy, jwt: JwtSection): string[] {
  const out: string[] = [];
  if (jwt.introspection.length > 0) out.push('jwt.introspection: token introspection');
  jwt.providers.forEach((p, i) => {
    if (Object.keys(p.required_claims).length > 0) out.push(`jwt.providers[${i}].required_claims: claim checks`);
    // jwt_authn reads 0 as "unset" and applies its 60 s default.
    if (p.clock_skew_s === 0) out.push(`jwt.providers[${i}].clock_skew_s: 0 (jwt_authn treats 0 as its 60 s default)`);
  });
  const preflight = policy.routes.filter((r) => r.jwt?.cors_preflight).length;
  if (preflight > 0 && preflight < policy.routes.length) out.push('routes[].jwt.cors_preflight: jwt_authn bypasses preflights on every route or none');
  policy.routes.forEach((route, i) => {
    if (route.jwt?.fail_open_without_keys) out.push(`routes[${i}].jwt.fail_open_without_keys: failing open without keys`);
    if (route.jwt?.requires) out.push(...unsupportedInRequirement(route.jwt.requires, ['routes', i, 'jwt', 'requires']));
  });
  return out;
}

function unsupportedInRequirement(req: Requirement, at: (string | number)[]): string[] {
  const out: string[] = [];
  if (req.scopes) out.push(`${formatPath([...at, 'scopes'])}: scope checks`);
  if (req.claims) out.push(`${formatPath([...at, 'claims'])}: claim checks`);
  if (req.peer) out.push(`${formatPath([...at, 'peer'])}: client-certificate checks`);
  for (const k of ['any', 'all'] as const) req[k]?.forEach((inner, n) => out.push(...unsupportedInRequirement(inner, [...at, k, n])));
  return out;
}

function provider(p: JwtProvider, cacheEntries: number): Record<string, unknown> {
  const out: Record<string, unknown> = { issuer: p.issuer, audiences: [...p.audiences] };
  if ('inline' in p.keys) {
    out.local_jwks = { inline_string: JSON.stringify(p.keys.inline) };
  } else {
    const remote = p.keys.remote;
    const url = parseCalloutUrl(remote.url) as CalloutUrl;
    out.remote_jwks = {
      http_uri: { uri: `${url.scheme}://${url.authority}${url.path}`, cluster: jwksCluster(p.name), timeout: seconds(remote.timeout_ms / 1000) },
      cache_duration: seconds(remote.ttl_s),
    };
  }
  out.forward = p.forward;
  const headers = p.from.flatMap((s) => ('header' in s ? [{ name: s.header, ...(s.prefix ? { value_prefix: s.prefix } : {}) }] : []));
  const params = p.from.flatMap((s) => ('query' in s ? [s.query] : []));
  const cookies = p.from.flatMap((s) => ('cookie' in s ? [s.cookie] : []));
  if (headers.length) out.from_headers = headers;
  if (params.length) out.from_params = params;
  if (cookies.length) out.from_cookies = cookies;
  if (p.payload_header) out.forward_payload_header = p.payload_header;
  out.clock_skew_seconds = p.clock_skew_s;
  if (p.require_exp) out.require_expiration = true;
  if (p.max_lifetime_s > 0) out.max_lifetime = seconds(p.max_lifetime_s);
  if (cacheEntries > 0) out.jwt_cache_config = { jwt_cache_size: cacheEntries };
  if (p.claims_to_headers.length) out.claim_to_headers = p.claims_to_headers.map((m) => ({ header_name: m.header, claim_name: m.claim }));
  return out;
}

type NativeRequirement = Record<string, unknown>;

function defaultRequirement(jwt: JwtSection): NativeRequirement {
  const names = jwt.providers.map((p) => p.name);
  return names.length === 1 ? { provider_name: names[0] } : { requires_any: { requirements: names.map((n) => ({ provider_name: n })) } };
}

function rule(route: Route, fallback: NativeRequirement): Record<string, unknown> {
  const match = envoyRouteMatch(route);
  const settings = route.jwt ?? {};
  // A rule without `requires` verifies nothing: jwt_authn's way of saying "public".
  if (settings.public) return { match };
  if (settings.allow_missing_or_failed) return { match, requires: { allow_missing_or_failed: {} } };
  const base = settings.requires ? requirement(settings.requires) : fallback;
  if (settings.allow_missing) return { match, requires: { requires_any: { requirements: [base, { allow_missing: {} }] } } };
  return { match, requires: base };
}

function requirement(req: Requirement): NativeRequirement {
  if (req.any) return { requires_any: { requirements: req.any.map(requirement) } };
  if (req.all) return { requires_all: { requirements: req.all.map(requirement) } };
  return { provider_name: req.provider };
}

function seconds(value: number): string {
  return `${value}s`;
}
