// The jwt section compiled: the filter configuration is the contract exactly, the callouts get
// Envoy clusters, and both the wasm chain and Envoy's native jwt_authn rendering are accepted by
// `envoy --mode validate`.
import { describe, expect, it } from 'vitest';
import { compileChain, parsePolicy } from '../../envoy/policy/index.ts';
import { NativeJwtAuthnError, renderEnvoyBootstrap, renderEnvoyYaml, renderNativeJwtAuthn } from '../../envoy/render.ts';
import { envoyValidate } from './fixtures/envoy-validate.ts';
import { CONTRACT_JWT_POLICY, JWKS, ROOT_ROUTE, header, inlinePolicy } from './fixtures/jwt-policies.ts';

const ENV = { env: { PORTCULLIS_TEST_SECRET: 's3cr3t' } };
const envoy = envoyValidate(['jwt.wasm', 'apikey.wasm']);

const jwtSpec = (text: string) => compileChain(parsePolicy(text, 'c.yaml', ENV), { buildDir: '/opt/build' }).find((s) => s.name === 'jwt')!;

describe('jwt compilation', () => {
  it('produces exactly the contract configuration', () => {
    const spec = jwtSpec(CONTRACT_JWT_POLICY);
    expect(spec).toMatchObject({ name: 'jwt', rootId: 'jwt', vmId: 'portcullis.jwt', wasmPath: '/opt/build/jwt.wasm' });
    // Text, not objects: key order is part of what both hosts receive.
    expect(spec.configuration).toBe(JSON.stringify({
      providers: [{
        name: 'corp',
        issuer: 'https://idp.example.com',
        audiences: ['orders-api'],
        algorithms: ['RS256', 'ES256'],
        clock_skew_s: 60,
        require_exp: true,
        max_lifetime_s: 0,
        required_claims: { tenant: ['acme', 'globex'], email_verified: [true] },
        keys: { remote: { cluster: 'jwks_corp', authority: 'idp.example.com', path: '/.well-known/jwks.json', timeout_ms: 2000, ttl_s: 600, grace_s: 3600, refetch_min_interval_s: 30 } },
        from: [{ header: 'authorization', prefix: 'Bearer ' }, { query: 'access_token' }, { cookie: 'jwt' }],
        forward: false,
        claims_to_headers: [{ claim: 'sub', header: 'x-jwt-sub' }, { claim: 'roles', header: 'x-jwt-roles' }, { claim: 'org.id', header: 'x-jwt-org' }],
        payload_header: 'x-jwt-payload',
      }],
      introspection: [{
        name: 'opaque', cluster: 'introspect_opaque', authority: 'idp.example.com', path: '/oauth2/introspect',
        client_id: 'gw', client_secret: 's3cr3t', timeout_ms: 2000, cache_max_s: 300,
        from: [{ header: 'authorization', prefix: 'Bearer ' }], forward: false, claims_to_headers: [],
      }],
      rules: [
        { methods: [], prefix: '/public', requires: null, allow_missing: false, allow_missing_or_failed: false, fail_open_without_keys: false },
        { methods: ['GET'], prefix: '/orders', requires: { provider: 'corp', scopes: ['orders:read'], claims: { tenant: ['acme'] } }, allow_missing: false, allow_missing_or_failed: false, fail_open_without_keys: false },
        { methods: [], prefix: '/admin', requires: { all: [{ provider: 'corp' }, { peer: { uri_san: ['spiffe://corp/admin-console'] } }] }, allow_missing: false, allow_missing_or_failed: false, fail_open_without_keys: false },
        { methods: [], exact: '/either', requires: { any: [{ provider: 'corp' }, { provider: 'opaque' }] }, allow_missing: false, allow_missing_or_failed: false, fail_open_without_keys: false },
        { methods: ['OPTIONS'], prefix: '/', cors_preflight: true },
        { methods: [], prefix: '/', requires: { provider: 'corp' }, allow_missing: false, allow_missing_or_failed: false, fail_open_without_keys: false },
      ],
      cache: { max_entries: 4096 },
      identity_header: 'x-portcullis-subject',
      publish_identity: false,
    }));
  });

  it('inlines key sets, requires any provider where a route says nothing, and keeps the chain order', () => {
    const text = `apikey: { keys: [{ client: c, sha256: "${'a'.repeat(64)}" }] }\nextra_filters: [{ name: probe, module: fixtures/probe.wasm }]\n${inlinePolicy(
      '  - { name: open, match: { prefix: /open }, jwt: { allow_missing: true, fail_open_without_keys: true } }\n' + ROOT_ROUTE,
      '',
      '    - { name: other, issuer: o, audiences: [], keys: { remote: { url: "http://127.0.0.1:7/jwks" } } }\n',
    )}`;
    const chain = compileChain(parsePolicy(text, 'c.yaml'), { buildDir: '/b' });
    expect(chain.map((s) => s.name)).toEqual(['apikey', 'jwt', 'probe']);
    const config = JSON.parse(chain[1].configuration);
    expect(config.providers[0].keys).toEqual({ inline: JWKS });
    expect(config.providers[1].keys.remote).toMatchObject({ cluster: 'jwks_other', authority: '127.0.0.1:7', path: '/jwks' });
    expect(config.rules).toEqual([
      { methods: [], prefix: '/open', requires: { any: [{ provider: 'corp' }, { provider: 'other' }] }, allow_missing: true, allow_missing_or_failed: false, fail_open_without_keys: true },
      { methods: [], prefix: '/', requires: { any: [{ provider: 'corp' }, { provider: 'other' }] }, allow_missing: false, allow_missing_or_failed: false, fail_open_without_keys: false },
    ]);
    expect(Object.keys(config)).toEqual(['providers', 'rules', 'cache', 'publish_identity']);
    expect(config.publish_identity).toBe(true); // an extra filter may read it
  });
});

describe('jwt rendering for Envoy', () => {
  const remotePolicy = () =>
    parsePolicy(
      `${header}routes:
  - { name: public, match: { prefix: /public }, methods: [GET], jwt: { public: true } }
  - { name: soft, match: { path: /soft }, jwt: { allow_missing: true } }
  - { name: any, match: { prefix: /any }, jwt: { requires: { any: [{ provider: local }, { provider: idp }] } } }
  - { name: api, match: { prefix: / }, jwt: { requires: { provider: corp } } }
jwt:
  providers:
    - { name: corp, issuer: https://corp, audiences: [a], keys: { inline: ${JSON.stringify(JWKS)} }, claims_to_headers: [{ claim: sub, header: x-jwt-sub }], from: [{ header: authorization, prefix: "Bearer " }, { query: tok }, { cookie: jwt }] }
    - { name: local, issuer: https://local, audiences: [], keys: { remote: { url: "http://127.0.0.1:9999/jwks.json", timeout_ms: 1500, ttl_s: 120 } } }
    - { name: idp, issuer: https://idp, audiences: [], max_lifetime_s: 3600, keys: { remote: { url: "https://idp.example.com:8443/keys?v=2" } } }
`,
      'r.yaml',
    );

  it('gives each callout a cluster: STATIC for an IP, STRICT_DNS with verified TLS and SNI for a name', () => {
    const clusters = (renderEnvoyBootstrap(remotePolicy(), { buildDir: envoy.dir }) as any).static_resources.clusters;
    expect(clusters.map((c: any) => [c.name, c.type])).toEqual([['upstream', 'STATIC'], ['jwks_local', 'STATIC'], ['jwks_idp', 'STRICT_DNS']]);
    expect(clusters[1]).toMatchObject({ connect_timeout: '1.5s', load_assignment: { endpoints: [{ lb_endpoints: [{ endpoint: { address: { socket_address: { address: '127.0.0.1', port_value: 9999 } } } }] }] } });
    expect(clusters[1].transport_socket).toBeUndefined();
    expect(clusters[2].load_assignment.endpoints[0].lb_endpoints[0].endpoint.address.socket_address).toEqual({ address: 'idp.example.com', port_value: 8443 });
    expect(clusters[2].transport_socket.typed_config).toEqual({
      '@type': 'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.UpstreamTlsContext',
      common_tls_context: {
        validation_context: {
          trusted_ca: { filename: '/etc/ssl/certs/ca-certificates.crt' },
          match_typed_subject_alt_names: [{ san_type: 'DNS', matcher: { exact: 'idp.example.com' } }],
        },
      },
      sni: 'idp.example.com',
    });
    const config = JSON.parse(compileChain(remotePolicy(), { buildDir: envoy.dir })[0].configuration);
    expect(config.providers[2].keys.remote).toMatchObject({ cluster: 'jwks_idp', authority: 'idp.example.com:8443', path: '/keys?v=2' });
  });

  it('is accepted by Envoy with the wasm filter and with native jwt_authn in its place', () => {
    for (const jwtFilter of ['wasm', 'native'] as const) {
      const result = envoy.validate(renderEnvoyYaml(remotePolicy(), { buildDir: envoy.dir, jwtFilter }));
      expect(result.output, jwtFilter).not.toMatch(/\]\[(warning|error|critical)\]/);
      expect(result.ok, `${jwtFilter}: ${result.output}`).toBe(true);
    }
    // The check above can fail: jwt_authn refuses a rule naming a provider it does not have.
    const broken = renderEnvoyYaml(remotePolicy(), { buildDir: envoy.dir, jwtFilter: 'native' }).replace('provider_name: corp', 'provider_name: nowhere');
    expect(envoy.validate(broken).ok).toBe(false);
  });

  it('renders the same providers and rules as native jwt_authn', () => {
    const native = renderNativeJwtAuthn(remotePolicy()) as any;
    expect(native.name).toBe('envoy.filters.http.jwt_authn');
    const { providers, rules } = native.typed_config;
    expect(JSON.parse(providers.corp.local_jwks.inline_string)).toEqual(JWKS);
    expect(providers.corp).toEqual({
      issuer: 'https://corp',
      audiences: ['a'],
      local_jwks: { inline_string: expect.any(String) },
      forward: false,
      from_headers: [{ name: 'authorization', value_prefix: 'Bearer ' }],
      from_params: ['tok'],
      from_cookies: ['jwt'],
      clock_skew_seconds: 60,
      require_expiration: true,
      jwt_cache_config: { jwt_cache_size: 4096 },
      claim_to_headers: [{ header_name: 'x-jwt-sub', claim_name: 'sub' }],
    });
    expect(providers.local.remote_jwks).toEqual({ http_uri: { uri: 'http://127.0.0.1:9999/jwks.json', cluster: 'jwks_local', timeout: '1.5s' }, cache_duration: '120s' });
    expect(providers.idp.max_lifetime).toBe('3600s');
    expect(rules).toEqual([
      { match: { prefix: '/public', headers: [{ name: ':method', string_match: { safe_regex: { regex: '^(GET)$' } } }] } },
      { match: { path: '/soft' }, requires: { requires_any: { requirements: [{ requires_any: { requirements: [{ provider_name: 'corp' }, { provider_name: 'local' }, { provider_name: 'idp' }] } }, { allow_missing: {} }] } } },
      { match: { prefix: '/any' }, requires: { requires_any: { requirements: [{ provider_name: 'local' }, { provider_name: 'idp' }] } } },
      { match: { prefix: '/' }, requires: { provider_name: 'corp' } },
    ]);
  });

  it('refuses to render native jwt_authn for what it cannot check, naming each place', () => {
    const text = `${header}routes:
  - { name: a, match: { prefix: /a }, jwt: { requires: { provider: corp, scopes: [x] }, fail_open_without_keys: true } }
  - { name: b, match: { prefix: / }, jwt: { requires: { all: [{ provider: corp }, { peer: { dns_san: [x] } }] } } }
jwt:
  providers:
    - { name: corp, issuer: i, audiences: [], clock_skew_s: 0, required_claims: { t: [a] }, keys: { inline: ${JSON.stringify(JWKS)} } }
`;
    expect(() => renderNativeJwtAuthn(parsePolicy(text, 'n.yaml'))).toThrow(NativeJwtAuthnError);
    expect(() => renderNativeJwtAuthn(parsePolicy(text, 'n.yaml'))).toThrow(
      [
        "Envoy's jwt_authn cannot express this policy:",
        '  jwt.providers[0].required_claims: claim checks',
        '  jwt.providers[0].clock_skew_s: 0 (jwt_authn treats 0 as its 60 s default)',
        '  routes[0].jwt.fail_open_without_keys: failing open without keys',
        '  routes[0].jwt.requires.scopes: scope checks',
        '  routes[1].jwt.requires.all[1].peer: client-certificate checks',
      ].join('\n'),
    );
  });
});
