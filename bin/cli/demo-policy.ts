// The demo policy, embedded so that `portcullis demo` works from any directory.
// Must stay byte-identical to examples/demo-policy.yaml (test/cli/demo-policy.test.ts checks).

export const DEMO_POLICY_FILE = 'examples/demo-policy.yaml';
export const DEMO_KEY = 'demo-key-please-rotate';

export const DEMO_POLICY_YAML = `# The policy \`portcullis demo\` runs (an embedded copy lives in bin/cli/demo-policy.ts; a test
# keeps the two identical). Validate it with \`portcullis validate examples/demo-policy.yaml\`.
version: 1
listener: { address: 127.0.0.1, port: 10000 }
admin: { address: 127.0.0.1, port: 9901 }
# The demo replaces this port with the echo backend it starts.
upstream: { address: 127.0.0.1, port: 8080, connect_timeout_ms: 2000 }

# Tried in order, first match wins; anything else gets 404.
routes:
  - name: health
    match: { prefix: /health }
    methods: [GET, HEAD]
    apikey: { public: true }
  - name: admin
    match: { prefix: /admin }
    apikey: { clients: [ops] }
  - name: api
    match: { prefix: / }

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

failure_policy: fail_closed
`;
