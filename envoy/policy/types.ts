// The validated policy, as the rest of the tooling sees it. It mirrors policy.schema.json after
// defaults are applied; keep the two in step.
import type { QuotaSection, RouteQuota } from './quota.ts';


export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'CONNECT' | 'TRACE';

export interface Endpoint {
  address: string;
  port: number;
}

export interface Listener extends Endpoint {
  tls?: ListenerTls;
}

/**
 * TLS on the listener. As written the paths are relative to the policy file; a loaded policy
 * holds them absolute (listener-tls.ts checked that each file is there and parses).
 */
export interface ListenerTls {
  cert_chain_file: string;
  private_key_file: string;
  /** Client certificates are requested, and must chain to these CAs, only when it is set. */
  client_ca_file?: string;
  /** Absent: true when client_ca_file is set. */
  require_client_certificate?: boolean;
}

export interface Upstream extends Endpoint {
  connect_timeout_ms: number;
}

/** Exactly one of the two is set. */
export type RouteMatch = { prefix: string; path?: undefined } | { path: string; prefix?: undefined };

export interface RouteApikey {
  public?: boolean;
  /** Replaces apikey.sources on this route (Envoy's per-route key_sources). */
  sources?: KeySource[];
  /** Replaces apikey.keys on this route (Envoy's per-route credentials). */
  keys?: ApiKeyEntry[];
  /** Among the clients of the keys in force on the route. */
  clients?: string[];
  /** Replaces apikey.forward_header on this route; false: no client id forwarded here (Envoy's per-route forwarding.header). */
  forward_header?: string | false;
  /** Replaces apikey.hide_credentials on this route (Envoy's per-route forwarding.hide_credentials). */
  hide_credentials?: boolean;
}

export interface RouteJwt {
  public?: boolean;
  requires?: Requirement;
  allow_missing?: boolean;
  allow_missing_or_failed?: boolean;
  cors_preflight?: boolean;
  fail_open_without_keys?: boolean;
}

export interface Route {
  name: string;
  match: RouteMatch;
  methods?: HttpMethod[];
  apikey?: RouteApikey;
  jwt?: RouteJwt;
  quota?: RouteQuota;
}

export type KeySource = { header: string } | { query: string } | { cookie: string };

export interface ApiKeyEntry {
  client: string;
  sha256: string;
}

export interface ApikeySection {
  realm: string;
  sources: KeySource[];
  keys: ApiKeyEntry[];
  forward_header?: string;
  hide_credentials: boolean;
}

export type JwtAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'EdDSA' | 'HS256' | 'HS384' | 'HS512';

/** A JSON value a claim may be required to have. */
export type ClaimValue = string | number | boolean;
/** Claim path (dots reach into nested objects) → the values it may have. */
export type ClaimRequirements = Record<string, ClaimValue[]>;

/** Exactly one of the variants is set (the schema and semantic checks ensure it). */
export interface Requirement {
  provider?: string;
  scopes?: string[];
  claims?: ClaimRequirements;
  any?: Requirement[];
  all?: Requirement[];
  peer?: { uri_san?: string[]; dns_san?: string[]; subject?: string[] };
}

export type TokenSource = { header: string; prefix?: string } | { query: string } | { cookie: string };

export interface ClaimToHeader {
  claim: string;
  header: string;
}

/** An RFC 7517 JSON Web Key; only the public members the filter uses survive loading. */
export interface Jwk {
  kty: 'RSA' | 'EC' | 'OKP' | 'oct';
  kid?: string;
  alg?: string;
  use?: string;
  n?: string;
  e?: string;
  crv?: string;
  x?: string;
  y?: string;
  k?: string;
}

export interface Jwks {
  keys: Jwk[];
}

export interface RemoteJwks {
  url: string;
  timeout_ms: number;
  ttl_s: number;
  grace_s: number;
  refetch_min_interval_s: number;
  ca_file?: string;
}

/**
 * As written, `inline` may also be a file path and `env` may name an environment variable; both
 * are read when the policy is loaded (references.ts), so a loaded policy holds the key set itself.
 */
export type JwtKeys = { inline: Jwks } | { remote: RemoteJwks };

export interface JwtProvider {
  name: string;
  issuer: string;
  audiences: string[];
  algorithms: JwtAlgorithm[];
  clock_skew_s: number;
  require_exp: boolean;
  max_lifetime_s: number;
  required_claims: ClaimRequirements;
  keys: JwtKeys;
  from: TokenSource[];
  forward: boolean;
  claims_to_headers: ClaimToHeader[];
  payload_header?: string;
}

export interface IntrospectionProvider {
  name: string;
  url: string;
  client_id: string;
  client_secret_env: string;
  /** Read from `client_secret_env` when the policy is loaded; never written in a policy. */
  client_secret: string;
  timeout_ms: number;
  cache_max_s: number;
  ca_file?: string;
  from: TokenSource[];
  forward: boolean;
  claims_to_headers: ClaimToHeader[];
}

export interface JwtSection {
  providers: JwtProvider[];
  introspection: IntrospectionProvider[];
  identity_header?: string;
  cache: { max_entries: number };
}

export interface ExtraFilter {
  name: string;
  module: string;
  config?: unknown;
}

export type FailurePolicy = 'fail_closed' | 'fail_open';

export interface Policy {
  version: 1;
  listener: Listener;
  admin?: Endpoint;
  upstream: Upstream;
  routes: Route[];
  apikey?: ApikeySection;
  jwt?: JwtSection;
  quota?: QuotaSection;
  extra_filters?: ExtraFilter[];
  /**
   * Whether apikey and jwt publish the caller's identity as filter state for later filters.
   * Absent: only when a filter of the chain may read it (`publishIdentity` in identity.ts).
   */
  publish_identity?: boolean;
  failure_policy: FailurePolicy;
}
