// The validated policy, as the rest of the tooling sees it. It mirrors policy.schema.json after
// defaults are applied; keep the two in step.

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS' | 'CONNECT' | 'TRACE';

export interface Endpoint {
  address: string;
  port: number;
}

export interface Upstream extends Endpoint {
  connect_timeout_ms: number;
}

/** Exactly one of the two is set. */
export type RouteMatch = { prefix: string; path?: undefined } | { path: string; prefix?: undefined };

export interface RouteApikey {
  public?: boolean;
  clients?: string[];
}

export interface Route {
  name: string;
  match: RouteMatch;
  methods?: HttpMethod[];
  apikey?: RouteApikey;
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

export interface ExtraFilter {
  name: string;
  module: string;
  config?: unknown;
}

export type FailurePolicy = 'fail_closed' | 'fail_open';

export interface Policy {
  version: 1;
  listener: Endpoint;
  admin?: Endpoint;
  upstream: Upstream;
  routes: Route[];
  apikey?: ApikeySection;
  extra_filters?: ExtraFilter[];
  failure_policy: FailurePolicy;
}
