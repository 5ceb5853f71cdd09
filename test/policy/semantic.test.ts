import { describe, expect, it } from 'vitest';
import { PolicyError, parsePolicy } from '../../envoy/policy/index.ts';
import { HASH_A, HASH_B } from './fixtures/policies.ts';

function messages(text: string): string[] {
  try {
    parsePolicy(text, 's.yaml');
  } catch (err) {
    return (err as PolicyError).issues.map((i) => `${i.line}:${i.col} ${i.path}: ${i.message}`);
  }
  throw new Error('expected the policy to be rejected');
}

const head = `version: 1
listener: { port: 10000 }
upstream: { address: 127.0.0.1, port: 8080 }
`;

describe('policy semantic checks', () => {
  it('catches duplicate clients, duplicate hashes and unknown route clients', () => {
    expect(messages(`${head}routes:
  - { name: admin, match: { prefix: /admin }, apikey: { clients: [ops, root] } }
apikey:
  keys:
    - { client: ops, sha256: ${HASH_A} }
    - { client: ops, sha256: ${HASH_B} }
    - { client: dev, sha256: ${HASH_A} }
`)).toEqual([
      '5:72 routes[0].apikey.clients[1]: unknown client "root"; clients with keys: ops, dev',
      '9:17 apikey.keys[1].client: duplicate client "ops" (also apikey.keys[0])',
      '10:30 apikey.keys[2].sha256: same key hash as apikey.keys[0]: one key would identify two clients',
    ]);
  });

  it('refuses publish_identity: false where the quota keys on the identity', () => {
    expect(messages(`${head}routes:
  - { name: api, match: { prefix: / } }
apikey:
  keys: [{ client: ops, sha256: ${HASH_A} }]
publish_identity: false
quota:
  limits: [{ name: per_client, token_bucket: { rate: 1, per: second }, key: [identity] }]
`)).toEqual([
      '8:19 publish_identity: quota.limits[0].key keys on the identity, which false would never hand over: remove publish_identity (or set it to true)',
    ]);
  });

  it('catches duplicate route names and routes an earlier one shadows', () => {
    expect(messages(`${head}routes:
  - { name: api, match: { prefix: /api } }
  - { name: api, match: { prefix: /api/v2 } }
  - { name: get-only, match: { path: /x }, methods: [GET] }
  - { name: x-post, match: { path: /x }, methods: [POST] }
`)).toEqual([
      '6:13 routes[1].name: duplicate route name "api" (also routes[0])',
      '6:25 routes[1].match: this route can never match: routes[0] ("api") matches all of its requests first (routes are tried in order)',
    ]);
  });

  it('refuses route paths that are not in normal form (they could never match)', () => {
    const issues = messages(`${head}routes:
  - { name: a, match: { prefix: /a//b } }
  - { name: b, match: { path: /b/../c } }
  - { name: c, match: { prefix: /%73earch } }
  - { name: d, match: { prefix: /e%2Fscaped } }
`);
    expect(issues).toHaveLength(3);
    expect(issues[0]).toMatch(/routes\[0\]\.match\.prefix: repeated slashes: the filters match the normalized request path/);
    expect(issues[1]).toMatch(/routes\[1\]\.match\.path: a "\." or "\.\." segment/);
    expect(issues[2]).toMatch(/routes\[2\]\.match\.prefix: "%73" escapes an unreserved character/);
  });

  it('needs the apikey section for per-route apikey settings, and rejects public+clients', () => {
    expect(messages(`${head}routes:
  - { name: a, match: { prefix: /a }, apikey: { public: true } }
`)).toEqual(['5:47 routes[0].apikey: per-route apikey settings need the top-level apikey section']);
    expect(messages(`${head}routes:
  - { name: a, match: { prefix: /a }, apikey: { public: true, clients: [ops] } }
apikey: { keys: [{ client: ops, sha256: ${HASH_A} }] }
`)).toEqual(['5:47 routes[0].apikey: a route cannot be both public and restricted to clients: remove one of public, clients']);
  });

  it('checks per-route sources and keys: public routes, clients among the route keys, forward header, one client per hash', () => {
    const HASH_C = 'c'.repeat(64);
    expect(messages(`${head}routes:
  - { name: pub, match: { prefix: /pub }, apikey: { public: true, sources: [{ query: k }] } }
  - { name: hooks, match: { prefix: /hooks }, apikey: { keys: [{ client: stripe, sha256: ${HASH_C} }], clients: [ops] } }
  - { name: fwd, match: { prefix: /fwd }, apikey: { sources: [{ query: k }, { header: x-portcullis-client }] } }
  - { name: dup, match: { prefix: /dup }, apikey: { keys: [{ client: a, sha256: ${HASH_C} }, { client: a, sha256: ${HASH_B} }] } }
  - { name: ok, match: { prefix: /ok }, apikey: { keys: [{ client: ops, sha256: ${HASH_A} }], clients: [ops] } }
apikey:
  keys: [{ client: ops, sha256: ${HASH_A} }]
  forward_header: x-portcullis-client
`)).toEqual([
      '5:67 routes[0].apikey.sources: a public route reads no key: remove sources (or public)',
      '6:169 routes[1].apikey.clients[0]: unknown client "ops"; clients with keys on this route (routes[1].apikey.keys): stripe',
      '7:77 routes[2].apikey.sources[1]: "x-portcullis-client" is apikey.forward_header: the client id would be read back as a key',
      '8:81 routes[3].apikey.keys[0].sha256: same key hash as routes[1].apikey.keys[0] (client "stripe"): one key would identify two clients',
      '8:159 routes[3].apikey.keys[1].client: duplicate client "a" (also routes[3].apikey.keys[0])',
    ]);
  });

  it('guards the forwarded identity header and extra filter names', () => {
    expect(messages(`${head}routes:
  - { name: a, match: { prefix: / } }
apikey:
  keys: [{ client: ops, sha256: ${HASH_A} }]
  forward_header: x-api-key
extra_filters:
  - { name: apikey, module: a.wasm }
  - { name: probe, module: p.wasm }
  - { name: probe, module: q.wasm }
`)).toEqual([
      '8:19 apikey.forward_header: "x-api-key" is also apikey.sources[0]: the client id would be read back as a key',
      '10:13 extra_filters[0].name: "apikey" is the name of a built-in filter; choose another',
      '12:13 extra_filters[2].name: duplicate filter name "probe" (also extra_filters[1])',
    ]);
  });

  it('guards per-route forward headers: not read as a key anywhere, dedicated, not a jwt output, not on public routes', () => {
    expect(messages(`${head}routes:
  - { name: pub, match: { prefix: /pub }, apikey: { public: true, forward_header: x-team, hide_credentials: false } }
  - { name: hooks, match: { prefix: /hooks }, apikey: { sources: [{ header: x-hook-key }] } }
  - { name: a, match: { prefix: /a }, apikey: { forward_header: x-hook-key } }
  - { name: b, match: { prefix: /b }, apikey: { forward_header: x-api-key } }
  - { name: c, match: { prefix: /c }, apikey: { forward_header: authorization } }
  - { name: d, match: { prefix: /d }, apikey: { forward_header: true } }
  - { name: e, match: { prefix: /e }, apikey: { forward_header: x-jwt-sub } }
  - { name: f, match: { prefix: /f }, apikey: { forward_header: false, hide_credentials: false } }
apikey:
  keys: [{ client: ops, sha256: ${HASH_A} }]
jwt:
  identity_header: x-jwt-sub
  providers:
    - { name: p, issuer: https://issuer.example, audiences: [], keys: { remote: { url: "http://127.0.0.1:1/k" } } }
`)).toEqual([
      '5:67 routes[0].apikey.forward_header: a public route authenticates no client: remove forward_header (or public)',
      '5:91 routes[0].apikey.hide_credentials: a public route authenticates no client: remove hide_credentials (or public)',
      expect.stringContaining('routes[2].apikey.forward_header: "x-hook-key" is also routes[1].apikey.sources[0]: every forward header is removed from client requests on every route'),
      expect.stringContaining('routes[3].apikey.forward_header: "x-api-key" is also apikey.sources[0]'),
      expect.stringContaining('routes[4].apikey.forward_header: "authorization" is a standard header; choose a dedicated one'),
      expect.stringContaining('routes[5].apikey.forward_header: true is not a header name: write the header that carries the client id on this route, or false for none'),
      expect.stringContaining('routes[6].apikey.forward_header: "x-jwt-sub" is also jwt.identity_header: two filters would write the same header'),
    ]);
  });
});
