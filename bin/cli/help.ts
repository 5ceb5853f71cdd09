// Help texts, one per command, printed by `portcullis help <command>` and `<command> --help`.

export const MAIN_HELP = `portcullis: API-gateway security filters for Envoy (proxy-wasm)

usage: portcullis <command> [options]

commands:
  build [target...]            compile the filter modules into build/
  validate <policy>            check a policy file; exit 1 with every problem found
  render envoy <policy>        print the Envoy bootstrap for a policy
  render istio <policy>        print Istio resources (WasmPlugins, ServiceEntries) for a policy
  render ratelimit <policy>    print the rate-limit service's config for a policy's global limits
  hash-key [key]               print the SHA-256 of an API key (reads stdin without [key])
  token [options]              mint a JWT for a policy's provider (default: the demo's DEMO ONLY key)
  demo [--policy file]         run Envoy with the demo policy in front of an echo backend

Run \`portcullis <command> --help\` for a command's options.
`;

export const COMMAND_HELP: Record<string, string> = {
  build: `usage: portcullis build [target...]

Compiles every filter and test fixture in asconfig.json (or only the named targets) into
build/ and checks that each module imports only the proxy-wasm ABI.
`,
  validate: `usage: portcullis validate <policy>

Checks a policy file against the schema and the cross-field rules (unknown clients, duplicate
names or keys, unreachable routes). Prints every problem as file:line:col: path: message and
exits 1, or prints a summary and exits 0.
`,
  render: `usage: portcullis render envoy <policy> [--out file] [--build-dir dir] [--jwt-filter wasm|native]
       portcullis render istio <policy> [--image-base repo] [--tag tag] [--namespace ns] [--out file]
       portcullis render ratelimit <policy> [--out file]

envoy   the Envoy bootstrap (YAML) running the policy's filter chain; modules are referenced
        in --build-dir (default: <repo>/build). --jwt-filter native puts Envoy's own jwt_authn
        in the jwt filter's place (for comparisons; refused if the policy uses what it lacks)
istio   one extensions.istio.io/v1alpha1 WasmPlugin per filter; images are pulled from
        oci://<image-base>/<module>:<tag> (defaults: localhost:5000/portcullis, latest; the
        module is apikey, jwt, quota or, with quota.response_headers, quota-headers);
        plus a ServiceEntry (and, for https, a DestinationRule) per external host the jwt
        filter calls out to (remote JWKS, introspection) and for an external rate-limit
        service (quota.global)
ratelimit
        the config file (YAML) of the rate-limit service (envoyproxy/ratelimit) counting the
        policy's global quota limits (quota.global); the Envoy bootstrap already has its
        cluster, portcullis_ratelimit. Refused when the policy has no global limit
`,
  'hash-key': `usage: portcullis hash-key [key]

Prints the SHA-256 (lowercase hex) of an API key: the value a policy stores under
apikey.keys[].sha256. Without [key] the key is read from stdin (one trailing newline is
dropped), which keeps it out of your shell history:

  printf %s "$KEY" | portcullis hash-key
`,
  token: `usage: portcullis token [--policy file] [--provider name] [--key file] [--sub s] [--aud a]
                        [--scope "a b"] [--claim name=value]... [--ttl 10m]

Prints a signed JWT (iss, sub, aud, iat, nbf, exp, jti, and scope when given) for a jwt
provider of the policy (default: the demo policy and its only provider).

  --key file        a private JWK (JSON) to sign with; its kid goes in the header. Default: the
                    demo key, which is DEMO ONLY: it is derived from a published constant, so
                    anyone can mint tokens with it. The provider must trust the key.
  --aud a           default: the provider's first audience
  --sub s           default: demo-user
  --claim n=v       any claim, applied last (v is JSON when it parses: 42, true, ["a"]; dots nest:
                    org.id=7); repeatable
  --ttl d           lifetime: 90s, 10m (default), 2h, 1d

  TOKEN=$(portcullis token --scope "orders:read")
  curl -H "authorization: Bearer $TOKEN" http://127.0.0.1:10000/orders/42
`,
  demo: `usage: portcullis demo [--policy file]

Builds the modules, starts an echo backend and Envoy (127.0.0.1:10000, admin 127.0.0.1:9901)
running the demo policy (examples/demo-policy.yaml, or --policy file), and prints curl commands
to try. Ctrl-C stops everything.
`,
};
