// Policy → the ordered list of proxy-wasm filters and the exact plugin configuration each one
// receives. The same output drives Envoy (render.ts) and host-sim, so both run identical
// modules with identical configuration.
import { isAbsolute, resolve } from 'node:path';
import { jwtConfig } from './compile-jwt.ts';
import { publishIdentity } from './identity.ts';
import { quotaConfig } from './quota.ts';
import type { ApikeySection, Policy, Route } from './types.ts';

export interface FilterSpec {
  /** The filter's name (`filters/<name>`, or the extra filter's policy name). */
  name: string;
  rootId: string;
  vmId: string;
  /** Absolute path of the .wasm module. */
  wasmPath: string;
  /**
   * The module's published name, the OCI image Istio pulls: a built-in filter's build
   * (apikey, jwt, quota or quota-headers), an extra filter's policy name.
   */
  image: string;
  /** The plugin configuration handed to `proxy_on_configure`: a JSON string. */
  configuration: string;
}

export interface CompileOptions {
  /** Where `portcullis build` writes modules (`<repo>/build`). */
  buildDir: string;
}

/** The apikey filter's configuration; field order and shape are the contract in ARCHITECTURE.md. */
export interface ApikeyConfig {
  realm: string;
  sources: ApikeySection['sources'];
  keys: ApikeySection['keys'];
  forward_header?: string;
  hide_credentials: boolean;
  publish_identity: boolean;
  rules: ApikeyRule[];
}

export interface ApikeyRule {
  methods: string[];
  prefix?: string;
  exact?: string;
  public?: true;
  sources?: ApikeySection['sources'];
  keys?: ApikeySection['keys'];
  clients?: string[];
  /** Absent: the section's; false: none on this rule. */
  forward_header?: string | false;
  hide_credentials?: boolean;
}

export function compileChain(policy: Policy, options: CompileOptions): FilterSpec[] {
  const buildDir = resolve(options.buildDir);
  const chain: FilterSpec[] = [];
  if (policy.apikey) {
    chain.push({
      name: 'apikey',
      rootId: 'apikey',
      vmId: 'portcullis.apikey',
      image: 'apikey',
      wasmPath: resolve(buildDir, 'apikey.wasm'),
      configuration: JSON.stringify(apikeyConfig(policy, policy.apikey)),
    });
  }
  if (policy.jwt) {
    chain.push({
      name: 'jwt',
      rootId: 'jwt',
      vmId: 'portcullis.jwt',
      image: 'jwt',
      wasmPath: resolve(buildDir, 'jwt.wasm'),
      configuration: JSON.stringify(jwtConfig(policy, policy.jwt)),
    });
  }
  const quota = quotaConfig(policy);
  if (quota) {
    // After the auth filters: quota keys on the identity they hand over. The build with a
    // response callback only when the policy wants the RateLimit fields on admitted responses
    // (filters/quota/assembly/index-headers.ts): Envoy calls it on every stream.
    const build = quota.response_headers ? 'quota-headers' : 'quota';
    chain.push({
      name: 'quota',
      rootId: 'quota',
      vmId: 'portcullis.quota',
      image: build,
      wasmPath: resolve(buildDir, `${build}.wasm`),
      configuration: JSON.stringify(quota),
    });
  }
  for (const extra of policy.extra_filters ?? []) {
    chain.push({
      name: extra.name,
      rootId: extra.name,
      vmId: `portcullis.${extra.name}`,
      image: extra.name,
      wasmPath: isAbsolute(extra.module) ? extra.module : resolve(buildDir, extra.module),
      configuration: extra.config === undefined ? '' : JSON.stringify(extra.config),
    });
  }
  return chain;
}

export function apikeyConfig(policy: Policy, section: ApikeySection): ApikeyConfig {
  const config: ApikeyConfig = {
    realm: section.realm,
    sources: section.sources.map((s) => ({ ...s })),
    keys: section.keys.map((k) => ({ client: k.client, sha256: k.sha256 })),
    hide_credentials: section.hide_credentials,
    publish_identity: publishIdentity(policy),
    rules: policy.routes.map(apikeyRule),
  };
  if (section.forward_header === undefined) return config;
  // Keep the documented key order: forward_header sits before hide_credentials.
  const { rules, hide_credentials, publish_identity, ...head } = config;
  return { ...head, forward_header: section.forward_header, hide_credentials, publish_identity, rules };
}

/**
 * Every route yields a rule, even one without an apikey sub-section: rules are first-match,
 * so a route's rule must stop the search exactly where Envoy's route table would.
 */
function apikeyRule(route: Route): ApikeyRule {
  const rule: ApikeyRule = { methods: [...(route.methods ?? [])] };
  if (route.match.prefix !== undefined) rule.prefix = route.match.prefix;
  else rule.exact = route.match.path;
  const apikey = route.apikey;
  if (apikey?.public) {
    rule.public = true;
    return rule;
  }
  // Per-route overrides replace the section's sources / keys for this rule only.
  if (apikey?.sources) rule.sources = apikey.sources.map((s) => ({ ...s }));
  if (apikey?.keys) rule.keys = apikey.keys.map((k) => ({ client: k.client, sha256: k.sha256 }));
  if (apikey?.clients) rule.clients = [...apikey.clients];
  // Per-route forwarding replaces the section's field by field (absent: the section's).
  if (apikey?.forward_header !== undefined) rule.forward_header = apikey.forward_header;
  if (apikey?.hide_credentials !== undefined) rule.hide_credentials = apikey.hide_credentials;
  return rule;
}
