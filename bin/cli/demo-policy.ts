// The demo policy, embedded so that `portcullis demo` and `portcullis token` work from any
// directory. Must stay byte-identical to examples/demo-policy.yaml (test/cli/demo-policy.test.ts
// checks).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../envoy/paths.ts';
import { loadPolicyFile, parsePolicy, type Policy } from '../../envoy/policy/index.ts';

export const DEMO_POLICY_FILE = 'examples/demo-policy.yaml';
export const DEMO_KEY = 'demo-key-please-rotate';

/** The shipped file when the repository is at hand (so edits to it take effect), else the copy. */
export function loadDemoPolicy(): Policy {
  const shipped = join(repoRoot(), DEMO_POLICY_FILE);
  return existsSync(shipped) ? loadPolicyFile(shipped) : parsePolicy(DEMO_POLICY_YAML, `(embedded ${DEMO_POLICY_FILE})`);
}

export const DEMO_POLICY_YAML = `# The policy \`portcullis demo\` runs (an embedded copy lives in bin/cli/demo-policy.ts; a test
# keeps the two identical). Validate it with \`portcullis validate examples/demo-policy.yaml\`.
version: 1
listener: { address: 127.0.0.1, port: 10000 }
admin: { address: 127.0.0.1, port: 9901 }
# The demo replaces this port with the echo backend it starts.
upstream: { address: 127.0.0.1, port: 8080, connect_timeout_ms: 2000 }

# Tried in order, first match wins; anything else gets 404. Machines use API keys, people use
# JWTs: each route says which it needs (a route without a jwt sub-section would need a token).
routes:
  - name: health
    match: { prefix: /health }
    methods: [GET, HEAD]
    apikey: { public: true }
    jwt: { public: true }
  - name: orders
    match: { prefix: /orders }
    apikey: { public: true }
    jwt: { requires: { provider: demo, scopes: ["orders:read"] } }
  - name: admin
    match: { prefix: /admin }
    apikey: { clients: [ops] }
    jwt: { public: true }
  - name: api
    match: { prefix: / }
    jwt: { public: true }

apikey:
  realm: portcullis
  sources: [{ header: x-api-key }, { query: api_key }, { cookie: api_key }]
  keys:
    # sha256("demo-key-please-rotate"): the key the demo banner prints.
    - { client: demo, sha256: bd2e3caa1ffd5f189363ab4c40f0ddf8b84f76c57ac1680cd2527a85a47120e2 }
    # The hash of a random key nobody kept: the admin route stays closed to the demo.
    - { client: ops, sha256: 0a77fac60f55ae9a2e7b0a2b7048f187c951f27ef91a9edc6b8235b39075ad7e }
  forward_header: x-portcullis-client
  hide_credentials: true

jwt:
  providers:
    - name: demo
      issuer: https://demo.portcullis.local
      audiences: [portcullis-demo]
      algorithms: [ES256]
      keys:
        # DEMO ONLY: the public half of a key anyone can derive (bin/cli/demo-jwt.ts), which
        # \`portcullis token\` signs with. A real provider uses its IdP's keys, e.g.
        # keys: { remote: { url: https://idp.example.com/.well-known/jwks.json } }
        inline:
          keys:
            - kty: EC
              crv: P-256
              kid: portcullis-demo-es256
              alg: ES256
              use: sig
              x: iIxMVl6WCy44C2Xju4JL77PWzgvQ44Ffq-a_NfIWn4g
              y: kvQVy9Zn7oaJSOFYua3G9SBiveflEGdaB9qndMQh-S0
      claims_to_headers: [{ claim: sub, header: x-jwt-sub }]
  identity_header: x-portcullis-subject

# Every authenticated caller (API key or JWT) gets 10 requests a minute, shared by all Envoy
# workers; unauthenticated requests to public routes are not counted.
quota:
  limits:
    - { name: per_caller, sliding_window: { limit: 10, per: minute }, key: [identity] }
  default_limits: [per_caller]
  response_headers: true

failure_policy: fail_closed
`;
