// Policy → a static Envoy bootstrap: one listener (TLS-terminating when the policy says so)
// whose HTTP connection manager runs the compiled wasm chain and then routes to the policy's
// single upstream cluster, plus one cluster per endpoint the filters call out to (remote JWKS,
// token introspection, the rate-limit service of global quota limits).
import { stringify } from 'yaml';
import { callouts, DEFAULT_CA_FILE, type Callout } from './policy/callout.ts';
import { compileChain, type FilterSpec } from './policy/compile.ts';
import { renderNativeJwtAuthn } from './policy/native-jwt-authn.ts';
import { ratelimitClusters } from './policy/quota-global.ts';
import { envoyRouteMatch } from './policy/route-match.ts';
import type { ListenerTls, Policy, Route } from './policy/types.ts';

export { renderNativeJwtAuthn, NativeJwtAuthnError, NATIVE_JWT_AUTHN_FILTER } from './policy/native-jwt-authn.ts';

export interface RenderOptions {
  buildDir: string;
  /** Override the policy's listener / admin / upstream ports (harnesses pick free ones). */
  listenerPort?: number;
  adminPort?: number;
  upstreamPort?: number;
  /**
   * `native`: Envoy's own jwt_authn filter takes the wasm jwt filter's place in the chain (the
   * same policy, for differential tests and benchmarks). Default `wasm`.
   */
  jwtFilter?: 'wasm' | 'native';
}

const UPSTREAM_CLUSTER = 'upstream';
/** The body of the 404 Envoy answers for a path no policy route matches (RFC 9457). */
export const NOT_FOUND_PROBLEM = '{"type":"about:blank","title":"Not Found","status":404}';
const DEFAULT_ADMIN = { address: '127.0.0.1', port: 9901 };
/** A ceiling on open downstream connections, so a connection flood cannot exhaust the host. */
const MAX_DOWNSTREAM_CONNECTIONS = 50_000;

// Paths are logged without their query string: keys may travel in `?api_key=`.
const ACCESS_LOG_FORMAT =
  '[%START_TIME%] "%REQ(:METHOD)% %REQ_WITHOUT_QUERY(X-ENVOY-ORIGINAL-PATH?:PATH)% %PROTOCOL%" ' +
  '%RESPONSE_CODE% %RESPONSE_FLAGS% %RESPONSE_CODE_DETAILS% %BYTES_RECEIVED% %BYTES_SENT% %DURATION%ms ' +
  'upstream=%UPSTREAM_HOST% request_id="%REQ(X-REQUEST-ID)%"\n';

export function renderEnvoyBootstrap(policy: Policy, options: RenderOptions): Record<string, unknown> {
  const chain = compileChain(policy, { buildDir: options.buildDir });
  const admin = policy.admin ?? DEFAULT_ADMIN;
  return {
    admin: { address: socketAddress(admin.address, options.adminPort ?? admin.port) },
    static_resources: {
      listeners: [listener(policy, chain, options.listenerPort ?? policy.listener.port, options.jwtFilter ?? 'wasm')],
      clusters: [upstreamCluster(policy, options.upstreamPort ?? policy.upstream.port), ...callouts(policy).map(calloutCluster), ...ratelimitClusters(policy)],
    },
    overload_manager: {
      resource_monitors: [
        {
          name: 'envoy.resource_monitors.global_downstream_max_connections',
          typed_config: {
            '@type': 'type.googleapis.com/envoy.extensions.resource_monitors.downstream_connections.v3.DownstreamConnectionsConfig',
            max_active_downstream_connections: MAX_DOWNSTREAM_CONNECTIONS,
          },
        },
      ],
    },
  };
}

export function renderEnvoyYaml(policy: Policy, options: RenderOptions): string {
  return stringify(renderEnvoyBootstrap(policy, options), { lineWidth: 0 });
}

function socketAddress(address: string, port: number) {
  return { socket_address: { address, port_value: port } };
}

type JwtFilterKind = NonNullable<RenderOptions['jwtFilter']>;

function listener(policy: Policy, chain: FilterSpec[], port: number, jwtFilter: JwtFilterKind) {
  const tls = policy.listener.tls;
  return {
    name: 'portcullis',
    address: socketAddress(policy.listener.address, port),
    filter_chains: [
      {
        filters: [
          {
            name: 'envoy.filters.network.http_connection_manager',
            typed_config: httpConnectionManager(policy, chain, jwtFilter),
          },
        ],
        ...(tls ? { transport_socket: downstreamTls(tls) } : {}),
      },
    ],
  };
}

/**
 * TLS terminated at the listener, every secret read by Envoy from its file (a loaded policy holds
 * absolute paths). With a client CA, Envoy asks for a client certificate and verifies it: that
 * is where the jwt filter's `peer` requirements read the URI SAN, DNS SAN and subject from.
 */
function downstreamTls(tls: ListenerTls) {
  const common: Record<string, unknown> = {
    tls_certificates: [{ certificate_chain: { filename: tls.cert_chain_file }, private_key: { filename: tls.private_key_file } }],
    // The HCM's codec is AUTO: offer HTTP/2 and HTTP/1.1.
    alpn_protocols: ['h2', 'http/1.1'],
  };
  if (tls.client_ca_file !== undefined) common.validation_context = { trusted_ca: { filename: tls.client_ca_file } };
  return {
    name: 'envoy.transport_sockets.tls',
    typed_config: {
      '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext',
      require_client_certificate: tls.require_client_certificate ?? tls.client_ca_file !== undefined,
      common_tls_context: common,
    },
  };
}

function httpConnectionManager(policy: Policy, chain: FilterSpec[], jwtFilter: JwtFilterKind) {
  return {
    '@type': 'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager',
    stat_prefix: 'portcullis',
    codec_type: 'AUTO',
    server_name: 'portcullis',
    // Portcullis is the edge: the peer address is the client, and client-sent
    // x-forwarded-for is not trusted for it.
    use_remote_address: true,
    // The filters match routes on the path, so it must be the one the upstream will see:
    // normalise dot segments and duplicate slashes, and redirect %2F-style escapes so that
    // `/admin%2Fx` cannot slip past a `/admin` prefix rule.
    normalize_path: true,
    merge_slashes: true,
    path_with_escaped_slashes_action: 'UNESCAPE_AND_REDIRECT',
    common_http_protocol_options: {
      // Backends that map `_` to `-` (CGI, many frameworks) would otherwise accept a
      // client-sent `x_portcullis_client` as the forwarded identity header.
      headers_with_underscores_action: 'DROP_HEADER',
    },
    access_log: [
      {
        name: 'envoy.access_loggers.stdout',
        typed_config: {
          '@type': 'type.googleapis.com/envoy.extensions.access_loggers.stream.v3.StdoutAccessLog',
          log_format: {
            text_format_source: { inline_string: ACCESS_LOG_FORMAT },
            formatters: [
              {
                name: 'envoy.formatter.req_without_query',
                typed_config: { '@type': 'type.googleapis.com/envoy.extensions.formatter.req_without_query.v3.ReqWithoutQuery' },
              },
            ],
          },
        },
      },
    ],
    route_config: {
      name: 'portcullis',
      virtual_hosts: [
        {
          name: 'portcullis',
          domains: ['*'],
          routes: [...policy.routes.map(envoyRoute), notFoundRoute()],
        },
      ],
    },
    http_filters: [
      ...chain.map((spec) => (spec.name === 'jwt' && jwtFilter === 'native' ? renderNativeJwtAuthn(policy) : wasmFilter(spec, policy))),
      {
        name: 'envoy.filters.http.router',
        typed_config: { '@type': 'type.googleapis.com/envoy.extensions.filters.http.router.v3.Router' },
      },
    ],
  };
}

function envoyRoute(route: Route) {
  return { name: route.name, match: envoyRouteMatch(route), route: { cluster: UPSTREAM_CLUSTER } };
}

function notFoundRoute() {
  return {
    name: 'portcullis_not_found',
    match: { prefix: '/' },
    direct_response: {
      status: 404,
      body: { inline_string: NOT_FOUND_PROBLEM },
    },
    response_headers_to_add: [{ header: { key: 'content-type', value: 'application/problem+json' }, append_action: 'OVERWRITE_IF_EXISTS_OR_ADD' }],
  };
}

function wasmFilter(spec: FilterSpec, policy: Policy) {
  return {
    name: 'envoy.filters.http.wasm',
    typed_config: {
      '@type': 'type.googleapis.com/envoy.extensions.filters.http.wasm.v3.Wasm',
      config: {
        name: spec.name,
        root_id: spec.rootId,
        configuration: { '@type': 'type.googleapis.com/google.protobuf.StringValue', value: spec.configuration },
        vm_config: {
          vm_id: spec.vmId,
          runtime: 'envoy.wasm.runtime.v8',
          code: { local: { filename: spec.wasmPath } },
        },
        // `fail_open` (bool) is deprecated; FAIL_CLOSED answers 503 while a module is broken.
        failure_policy: policy.failure_policy === 'fail_open' ? 'FAIL_OPEN' : 'FAIL_CLOSED',
      },
    },
  };
}

function upstreamCluster(policy: Policy, port: number) {
  return {
    name: UPSTREAM_CLUSTER,
    type: 'STATIC',
    connect_timeout: `${policy.upstream.connect_timeout_ms / 1000}s`,
    load_assignment: {
      cluster_name: UPSTREAM_CLUSTER,
      endpoints: [{ lb_endpoints: [{ endpoint: { address: socketAddress(policy.upstream.address, port) } }] }],
    },
  };
}

/** Callouts must not hang on a dead host for longer than the filter waits for the answer. */
const MAX_CALLOUT_CONNECT_MS = 5_000;

function calloutCluster(callout: Callout) {
  const cluster: Record<string, unknown> = {
    name: callout.cluster,
    // An IP literal needs no resolver; a name is re-resolved as DNS changes.
    type: callout.ipLiteral ? 'STATIC' : 'STRICT_DNS',
    connect_timeout: `${Math.min(callout.timeoutMs, MAX_CALLOUT_CONNECT_MS) / 1000}s`,
    load_assignment: {
      cluster_name: callout.cluster,
      endpoints: [{ lb_endpoints: [{ endpoint: { address: socketAddress(callout.host, callout.port) } }] }],
    },
  };
  if (callout.scheme === 'https') cluster.transport_socket = upstreamTls(callout);
  return cluster;
}

/** TLS that actually authenticates the server: a trusted CA and the URL's host in the certificate. */
function upstreamTls(callout: Callout) {
  const tls: Record<string, unknown> = {
    '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext',
    common_tls_context: {
      validation_context: {
        trusted_ca: { filename: callout.caFile ?? DEFAULT_CA_FILE },
        match_typed_subject_alt_names: [{ san_type: callout.ipLiteral ? 'IP_ADDRESS' : 'DNS', matcher: { exact: callout.host } }],
      },
    },
  };
  if (!callout.ipLiteral) tls.sni = callout.host;
  return { name: 'envoy.transport_sockets.tls', typed_config: tls };
}
