// Help texts, one per command, printed by `portcullis help <command>` and `<command> --help`.

export const MAIN_HELP = `portcullis: API-gateway security filters for Envoy (proxy-wasm)

usage: portcullis <command> [options]

commands:
  build [target...]            compile the filter modules into build/
  validate <policy>            check a policy file; exit 1 with every problem found
  render envoy <policy>        print the Envoy bootstrap for a policy
  render istio <policy>        print Istio WasmPlugin resources for a policy
  hash-key [key]               print the SHA-256 of an API key (reads stdin without [key])
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
  render: `usage: portcullis render envoy <policy> [--out file] [--build-dir dir]
       portcullis render istio <policy> [--image-base repo] [--tag tag] [--namespace ns] [--out file]

envoy   the Envoy bootstrap (YAML) running the policy's filter chain; modules are referenced
        in --build-dir (default: <repo>/build)
istio   one extensions.istio.io/v1alpha1 WasmPlugin per filter; images are pulled from
        oci://<image-base>/<filter>:<tag> (defaults: localhost:5000/portcullis, latest)
`,
  'hash-key': `usage: portcullis hash-key [key]

Prints the SHA-256 (lowercase hex) of an API key: the value a policy stores under
apikey.keys[].sha256. Without [key] the key is read from stdin (one trailing newline is
dropped), which keeps it out of your shell history:

  printf %s "$KEY" | portcullis hash-key
`,
  demo: `usage: portcullis demo [--policy file]

Builds the modules, starts an echo backend and Envoy (127.0.0.1:10000, admin 127.0.0.1:9901)
running the demo policy (examples/demo-policy.yaml, or --policy file), and prints curl commands
to try. Ctrl-C stops everything.
`,
};
