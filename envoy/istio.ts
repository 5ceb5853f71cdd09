// Policy → Istio WasmPlugin resources (extensions.istio.io/v1alpha1), one per filter, carrying
// the same plugin configuration Envoy gets from render.ts. Istio owns listeners and routes, so
// only the filter chain (and its order) carries over.
import { stringify } from 'yaml';
import { compileChain, type FilterSpec } from './policy/compile.ts';
import type { Policy } from './policy/types.ts';

export interface IstioOptions {
  /** OCI repository holding one image per filter, e.g. `ghcr.io/acme/portcullis`. */
  imageBase: string;
  /** Image tag or `sha256:<hex>` digest; default `latest` (pin one in production). */
  tag?: string;
  namespace?: string;
}

const IMAGE_BASE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)*$/;
const TAG = /^([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|sha256:[0-9a-f]{64})$/;

export class IstioRenderError extends Error {
  override name = 'IstioRenderError';
}

export function renderIstioWasmPlugins(policy: Policy, options: IstioOptions): string {
  const imageBase = options.imageBase.replace(/^oci:\/\//, '').replace(/\/+$/, '');
  if (!IMAGE_BASE.test(imageBase)) {
    throw new IstioRenderError(`image base "${options.imageBase}": expected an OCI repository such as ghcr.io/acme/portcullis`);
  }
  const tag = options.tag ?? 'latest';
  if (!TAG.test(tag)) throw new IstioRenderError(`tag "${tag}": expected an image tag or sha256:<64 hex> digest`);
  // Paths do not matter here: Istio pulls the modules from the registry.
  const chain = compileChain(policy, { buildDir: '.' });
  return chain.map((spec, i) => stringify(wasmPlugin(spec, i, chain.length, policy, imageBase, tag, options.namespace), { lineWidth: 0 })).join('---\n');
}

function wasmPlugin(spec: FilterSpec, index: number, count: number, policy: Policy, imageBase: string, tag: string, namespace?: string) {
  const isApikey = spec.name === 'apikey';
  const config: unknown = spec.configuration ? JSON.parse(spec.configuration) : undefined;
  if (config !== undefined && (config === null || typeof config !== 'object' || Array.isArray(config))) {
    // pluginConfig is a protobuf Struct: only a mapping survives the trip.
    throw new IstioRenderError(`filter "${spec.name}": Istio's pluginConfig must be a mapping, but the policy's config is ${Array.isArray(config) ? 'a list' : typeof config}`);
  }
  const reference = tag.startsWith('sha256:') ? `@${tag}` : `:${tag}`;
  return {
    apiVersion: 'extensions.istio.io/v1alpha1',
    kind: 'WasmPlugin',
    metadata: { name: `portcullis-${spec.name}`, ...(namespace ? { namespace } : {}) },
    spec: {
      url: `oci://${imageBase}/${spec.name}${reference}`,
      imagePullPolicy: 'IfNotPresent',
      // Authentication runs in AUTHN; custom filters follow in AUTHZ. Within a phase a higher
      // priority runs first, which keeps the policy's order.
      phase: isApikey ? 'AUTHN' : 'AUTHZ',
      priority: (count - index) * 10,
      type: 'HTTP',
      pluginName: spec.rootId,
      failStrategy: policy.failure_policy === 'fail_open' ? 'FAIL_OPEN' : 'FAIL_CLOSE',
      ...(config !== undefined ? { pluginConfig: config } : {}),
    },
  };
}
