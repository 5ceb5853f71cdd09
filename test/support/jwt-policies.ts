// Policies for the JWT suites, built through the same validation path as a policy file.
import { validatePolicy, type Jwks, type Policy } from '../../envoy/policy/index.ts';

export const ISSUER = 'https://idp.portcullis.test';
export const AUDIENCE = 'orders-api';

export interface JwtTestPolicyOptions {
  upstreamPort?: number;
  /** The provider's key source, as written in a policy. */
  keys: { inline: Jwks } | { remote: Record<string, unknown> };
  /** Append the SDK probe (it reports the identity the jwt filter handed on). */
  probe?: boolean;
  /** Leave out the routes Envoy's native jwt_authn cannot express (scope and claim checks). */
  nativeCompatible?: boolean;
}

/**
 * /public needs nothing, GET /orders needs the orders:read scope, /soft lets requests without a
 * token through, /tenant needs tenant=acme, /api any valid token.
 */
export function jwtTestPolicy(options: JwtTestPolicyOptions): Policy {
  const doc: Record<string, unknown> = {
    version: 1,
    listener: { address: '127.0.0.1', port: 10000 },
    upstream: { address: '127.0.0.1', port: options.upstreamPort ?? 8080 },
    routes: [
      { name: 'public', match: { prefix: '/public' }, jwt: { public: true } },
      { name: 'orders', match: { prefix: '/orders' }, methods: ['GET'], jwt: { requires: { provider: 'corp', scopes: ['orders:read'] } } },
      { name: 'soft', match: { prefix: '/soft' }, jwt: { allow_missing: true } },
      { name: 'tenant', match: { prefix: '/tenant' }, jwt: { requires: { provider: 'corp', claims: { tenant: ['acme'] } } } },
      { name: 'api', match: { prefix: '/api' } },
    ],
    jwt: {
      providers: [
        {
          name: 'corp',
          issuer: ISSUER,
          audiences: [AUDIENCE],
          algorithms: ['RS256', 'ES256'],
          keys: options.keys,
          from: [{ header: 'authorization', prefix: 'Bearer ' }, { query: 'access_token' }],
          claims_to_headers: [{ claim: 'sub', header: 'x-jwt-sub' }, { claim: 'org.id', header: 'x-jwt-org' }],
        },
      ],
      identity_header: 'x-portcullis-subject',
    },
    failure_policy: 'fail_closed',
  };
  if (options.nativeCompatible) doc.routes = (doc.routes as { name: string }[]).filter((r) => r.name !== 'orders' && r.name !== 'tenant');
  if (options.probe) doc.extra_filters = [{ name: 'probe', module: 'fixtures/probe.wasm' }];
  return validatePolicy(doc, 'jwt-test-policy');
}
