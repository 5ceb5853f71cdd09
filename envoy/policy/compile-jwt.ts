// The jwt filter's plugin configuration: field order and shape are the contract in
// filters/jwt/README.md. Routes become first-match rules that stop exactly where Envoy's route
// table would; a route without a jwt sub-section needs a valid token from any provider. A route
// with cors_preflight gets a preflight rule just before its own: the filter lets real preflights
// through there and hands every other request on to the route's rule.
import { publishIdentity } from './identity.ts';
import { introspectionCluster, jwksCluster, parseCalloutUrl, type CalloutUrl } from './callout.ts';
import type { ClaimRequirements, ClaimToHeader, IntrospectionProvider, Jwks, JwtProvider, JwtSection, Policy, Requirement, Route, TokenSource } from './types.ts';

export interface JwtConfig {
  providers: JwtProviderConfig[];
  introspection?: IntrospectionConfig[];
  rules: JwtRule[];
  cache: { max_entries: number };
  identity_header?: string;
  publish_identity: boolean;
}

export interface JwtProviderConfig {
  name: string;
  issuer: string;
  audiences: string[];
  algorithms: string[];
  clock_skew_s: number;
  require_exp: boolean;
  max_lifetime_s: number;
  required_claims: ClaimRequirements;
  keys: { inline: Jwks } | { remote: RemoteKeysConfig };
  from: TokenSource[];
  forward: boolean;
  claims_to_headers: ClaimToHeader[];
  payload_header?: string;
}

export interface RemoteKeysConfig {
  cluster: string;
  authority: string;
  path: string;
  timeout_ms: number;
  ttl_s: number;
  grace_s: number;
  refetch_min_interval_s: number;
}

export interface IntrospectionConfig {
  name: string;
  cluster: string;
  authority: string;
  path: string;
  client_id: string;
  client_secret: string;
  timeout_ms: number;
  cache_max_s: number;
  from: TokenSource[];
  forward: boolean;
  claims_to_headers: ClaimToHeader[];
}

/** A requirement as the filter reads it: exactly the contract grammar (null = nothing required). */
export type RequirementConfig =
  | { provider: string; scopes?: string[]; claims?: ClaimRequirements }
  | { any: RequirementConfig[] }
  | { all: RequirementConfig[] }
  | { peer: NonNullable<Requirement['peer']> };

export type JwtRule = RouteRule | PreflightRule;

interface RulePath {
  methods: string[];
  prefix?: string;
  exact?: string;
}

export interface RouteRule extends RulePath {
  requires: RequirementConfig | null;
  allow_missing: boolean;
  allow_missing_or_failed: boolean;
  fail_open_without_keys: boolean;
}

export interface PreflightRule extends RulePath {
  cors_preflight: true;
}

export function jwtConfig(policy: Policy, section: JwtSection): JwtConfig {
  const fallback = defaultRequirement(section);
  return dropUndefined({
    providers: section.providers.map(providerConfig),
    introspection: section.introspection.length > 0 ? section.introspection.map(introspectionConfig) : undefined,
    rules: policy.routes.flatMap((route) => jwtRules(route, fallback)),
    cache: { max_entries: section.cache.max_entries },
    identity_header: section.identity_header,
    publish_identity: publishIdentity(policy),
  });
}

function providerConfig(p: JwtProvider): JwtProviderConfig {
  const keys: JwtProviderConfig['keys'] =
    'inline' in p.keys
      ? { inline: { keys: p.keys.inline.keys.map((k) => ({ ...k })) } }
      : {
          remote: {
            cluster: jwksCluster(p.name),
            ...target(p.keys.remote.url),
            timeout_ms: p.keys.remote.timeout_ms,
            ttl_s: p.keys.remote.ttl_s,
            grace_s: p.keys.remote.grace_s,
            refetch_min_interval_s: p.keys.remote.refetch_min_interval_s,
          },
        };
  return dropUndefined({
    name: p.name,
    issuer: p.issuer,
    audiences: [...p.audiences],
    algorithms: [...p.algorithms],
    clock_skew_s: p.clock_skew_s,
    require_exp: p.require_exp,
    max_lifetime_s: p.max_lifetime_s,
    required_claims: structuredClone(p.required_claims),
    keys,
    from: p.from.map((s) => ({ ...s })),
    forward: p.forward,
    claims_to_headers: p.claims_to_headers.map((m) => ({ claim: m.claim, header: m.header })),
    payload_header: p.payload_header,
  });
}

function introspectionConfig(p: IntrospectionProvider): IntrospectionConfig {
  return {
    name: p.name,
    cluster: introspectionCluster(p.name),
    ...target(p.url),
    client_id: p.client_id,
    client_secret: p.client_secret,
    timeout_ms: p.timeout_ms,
    cache_max_s: p.cache_max_s,
    from: p.from.map((s) => ({ ...s })),
    forward: p.forward,
    claims_to_headers: p.claims_to_headers.map((m) => ({ claim: m.claim, header: m.header })),
  };
}

function target(url: string): { authority: string; path: string } {
  // The policy was validated, so the URL parses.
  const parsed = parseCalloutUrl(url) as CalloutUrl;
  return { authority: parsed.authority, path: parsed.path };
}

/** What a route without a jwt sub-section requires: a valid token from any provider. */
function defaultRequirement(section: JwtSection): RequirementConfig {
  const names = [...section.providers.map((p) => p.name), ...section.introspection.map((p) => p.name)];
  return names.length === 1 ? { provider: names[0] } : { any: names.map((provider) => ({ provider })) };
}

function jwtRules(route: Route, fallback: RequirementConfig): JwtRule[] {
  const settings = route.jwt ?? {};
  const path = (methods: string[]): RulePath =>
    route.match.prefix !== undefined ? { methods, prefix: route.match.prefix } : { methods, exact: route.match.path };
  const own: RouteRule = {
    ...path([...(route.methods ?? [])]),
    requires: settings.public === true ? null : settings.requires ? requirementConfig(settings.requires) : fallback,
    allow_missing: settings.allow_missing === true,
    allow_missing_or_failed: settings.allow_missing_or_failed === true,
    fail_open_without_keys: settings.fail_open_without_keys === true,
  };
  return settings.cors_preflight === true ? [{ ...path(['OPTIONS']), cors_preflight: true }, own] : [own];
}

function requirementConfig(req: Requirement): RequirementConfig {
  if (req.any) return { any: req.any.map(requirementConfig) };
  if (req.all) return { all: req.all.map(requirementConfig) };
  if (req.peer) return { peer: structuredClone(req.peer) };
  return dropUndefined({ provider: req.provider!, scopes: req.scopes && [...req.scopes], claims: req.claims && structuredClone(req.claims) });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
