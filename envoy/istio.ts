// Policy → Istio resources: one WasmPlugin (extensions.istio.io/v1alpha1) per filter, carrying
// the plugin configuration Envoy gets from render.ts, plus what the jwt filter's callouts (remote
// JWKS, introspection) need in a mesh. Istio owns listeners, routes and clusters, so only the
// filter chain (and its order) carries over, and a callout must name the sidecar's own cluster
// for its host, `outbound|<port>||<host>`, instead of the `jwks_<provider>` /
// `introspect_<provider>` clusters render.ts adds: a ServiceEntry declares each external host
// (that is what makes the sidecar build the cluster), and a DestinationRule makes the sidecar
// originate TLS to an https callout, checking the server as render.ts does (SNI, the host as SAN,
// the policy's CA file or the system bundle, a path in the sidecar). The quota filter's lease calls
// to the rate-limit service (quota.global.service) are retargeted the same way, from the
// `portcullis_ratelimit` cluster render.ts adds to the service host's outbound cluster.
import { isIP } from 'node:net';
import { stringify } from 'yaml';
import { callouts, DEFAULT_CA_FILE, isLoopbackHost, type Callout } from './policy/callout.ts';
import { compileChain, type FilterSpec } from './policy/compile.ts';
import { formatPath } from './policy/errors.ts';
import type { Policy } from './policy/types.ts';

export interface IstioOptions {
  /** OCI repository holding one image per filter, e.g. `ghcr.io/acme/portcullis`. */
  imageBase: string;
  /** Image tag or `sha256:<hex>` digest; default `latest` (pin one in production). */
  tag?: string;
  namespace?: string;
  /** The mesh's cluster domain: hosts under `.svc.<domain>` are mesh services; default cluster.local. */
  clusterDomain?: string;
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
  const clusterDomain = options.clusterDomain ?? 'cluster.local';
  const mesh: MeshTargets = { callouts: callouts(policy).map((c) => meshCallout(c, clusterDomain)), ratelimit: meshRatelimit(policy, clusterDomain) };
  // Paths do not matter here: Istio pulls the modules from the registry.
  const chain = compileChain(policy, { buildDir: '.' });
  const docs = [
    ...chain.map((spec, i) => wasmPlugin(spec, i, chain.length, policy, imageBase, tag, mesh, options.namespace)),
    ...serviceEntries(mesh.callouts, options.namespace),
    ...ratelimitServiceEntries(mesh.ratelimit, options.namespace),
    ...destinationRules(mesh.callouts, options.namespace),
  ];
  return docs.map((doc) => stringify(doc, { lineWidth: 0 })).join('---\n');
}

interface MeshCallout extends Callout {
  /** The sidecar's cluster for the host and port. */
  outboundCluster: string;
  /** False for a service of the mesh itself, which needs no ServiceEntry. */
  external: boolean;
}

/** Where the filters' outgoing calls go in the mesh. */
interface MeshTargets {
  callouts: MeshCallout[];
  /** The quota filter's rate-limit service, when the policy has quota.global. */
  ratelimit?: MeshRatelimit;
}

interface MeshRatelimit {
  host: string;
  port: number;
  outboundCluster: string;
  external: boolean;
}

const isMeshHost = (host: string, clusterDomain: string) => host.toLowerCase().endsWith(`.svc.${clusterDomain}`);

function meshCallout(callout: Callout, clusterDomain: string): MeshCallout {
  const where = `${formatPath(callout.segments)} (${callout.scheme}://${callout.authority})`;
  if (callout.loopback) throw new IstioRenderError(`${where}: a loopback callout would stay inside the pod; under Istio name the service that answers it`);
  if (callout.ipLiteral) throw new IstioRenderError(`${where}: Istio routes a callout by host name (outbound|<port>||<host>); use a DNS name`);
  return {
    ...callout,
    outboundCluster: `outbound|${callout.port}||${callout.host}`,
    external: !isMeshHost(callout.host, clusterDomain),
  };
}

const RATELIMIT_ADDRESS = ['quota', 'global', 'service', 'address'];

/**
 * The rate-limit service as the sidecar reaches it. The plain-Envoy cluster is STATIC on an
 * address, but Istio names its clusters after hosts: an IP has no `outbound|<port>||<host>`
 * of its own (a ServiceEntry for it would need a made-up host, and plaintext to a pod IP or
 * ClusterIP would bypass the mesh's routing and mTLS), and loopback, the default, is the
 * gateway's own pod rather than a service every gateway shares. Both are refused.
 */
function meshRatelimit(policy: Policy, clusterDomain: string): MeshRatelimit | undefined {
  const service = policy.quota?.global?.service;
  if (!service) return undefined;
  const host = (service.address ?? '127.0.0.1').toLowerCase(); // the schema's default
  const where = `${formatPath(RATELIMIT_ADDRESS)} (${host})`;
  if (isLoopbackHost(host)) {
    throw new IstioRenderError(
      `${where}: under Istio loopback is the gateway's own pod, not a rate-limit service the gateways share (an absent address means 127.0.0.1); ` +
        `set it to the service's host name, e.g. ratelimit.<namespace>.svc.${clusterDomain}`,
    );
  }
  if (isIP(host) !== 0) {
    throw new IstioRenderError(`${where}: Istio routes the quota filter's lease calls by host name (outbound|<port>||<host>); set it to the service's DNS name`);
  }
  return { host, port: service.port, outboundCluster: `outbound|${service.port}||${host}`, external: !isMeshHost(host, clusterDomain) };
}

/** The jwt configuration with every callout cluster replaced by the sidecar's outbound cluster. */
function withMeshClusters(config: Record<string, unknown>, meshCallouts: MeshCallout[]): Record<string, unknown> {
  const byCluster = new Map(meshCallouts.map((c) => [c.cluster, c.outboundCluster]));
  const retarget = (target: { cluster: string }) => {
    target.cluster = byCluster.get(target.cluster) ?? target.cluster;
  };
  for (const provider of (config.providers ?? []) as { keys: { remote?: { cluster: string } } }[]) {
    if (provider.keys.remote) retarget(provider.keys.remote);
  }
  for (const introspector of (config.introspection ?? []) as { cluster: string }[]) retarget(introspector);
  return config;
}

/** The quota configuration with its lease calls sent to the rate-limit service's outbound cluster. */
function withMeshRatelimit(config: Record<string, unknown>, ratelimit: MeshRatelimit | undefined): Record<string, unknown> {
  const global = config.global as { cluster: string } | undefined;
  if (global && ratelimit) global.cluster = ratelimit.outboundCluster;
  return config;
}

/** Hosts in first-callout order, each with its distinct ports. */
function byHost(meshCallouts: MeshCallout[]): Map<string, MeshCallout[]> {
  const hosts = new Map<string, MeshCallout[]>();
  for (const c of meshCallouts) {
    const list = hosts.get(c.host) ?? [];
    if (!list.some((other) => other.port === c.port)) list.push(c);
    hosts.set(c.host, list);
  }
  return hosts;
}

const resourceName = (kind: string, host: string) => `portcullis-${kind}-${host.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(0, 63).replace(/-+$/, '');

function serviceEntries(meshCallouts: MeshCallout[], namespace?: string) {
  return [...byHost(meshCallouts.filter((c) => c.external))].map(([host, ports]) => ({
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'ServiceEntry',
    metadata: { name: resourceName('callout', host), ...(namespace ? { namespace } : {}) },
    spec: {
      hosts: [host],
      location: 'MESH_EXTERNAL',
      resolution: 'DNS',
      ports: ports.map((c) => ({ number: c.port, name: `${c.scheme}-${c.port}`, protocol: c.scheme.toUpperCase() })),
      // The resources serve the gateway's own callouts: keep them out of other namespaces.
      exportTo: ['.'],
    },
  }));
}

/**
 * A ServiceEntry for a rate-limit service outside the mesh. Its port's protocol GRPC is what
 * makes the sidecar's outbound cluster speak HTTP/2, which gRPC needs (the plain-Envoy cluster
 * sets http2_protocol_options for the same reason). No DestinationRule: quota.global.service has
 * no TLS settings, and the plain-Envoy cluster speaks plaintext too.
 */
function ratelimitServiceEntries(ratelimit: MeshRatelimit | undefined, namespace?: string) {
  if (!ratelimit?.external) return [];
  return [
    {
      apiVersion: 'networking.istio.io/v1beta1',
      kind: 'ServiceEntry',
      metadata: { name: resourceName('ratelimit', ratelimit.host), ...(namespace ? { namespace } : {}) },
      spec: {
        hosts: [ratelimit.host],
        location: 'MESH_EXTERNAL',
        resolution: 'DNS',
        ports: [{ number: ratelimit.port, name: 'grpc-ratelimit', protocol: 'GRPC' }],
        exportTo: ['.'],
      },
    },
  ];
}

function destinationRules(meshCallouts: MeshCallout[], namespace?: string) {
  return [...byHost(meshCallouts.filter((c) => c.scheme === 'https'))].map(([host, ports]) => ({
    apiVersion: 'networking.istio.io/v1beta1',
    kind: 'DestinationRule',
    metadata: { name: resourceName('callout-tls', host), ...(namespace ? { namespace } : {}) },
    spec: {
      host,
      exportTo: ['.'],
      trafficPolicy: {
        portLevelSettings: ports.map((c) => ({
          port: { number: c.port },
          tls: { mode: 'SIMPLE', sni: host, subjectAltNames: [host], caCertificates: c.caFile ?? DEFAULT_CA_FILE },
        })),
      },
    },
  }));
}

function wasmPlugin(spec: FilterSpec, index: number, count: number, policy: Policy, imageBase: string, tag: string, mesh: MeshTargets, namespace?: string) {
  const isApikey = spec.name === 'apikey';
  let config: unknown = spec.configuration ? JSON.parse(spec.configuration) : undefined;
  if (config !== undefined && (config === null || typeof config !== 'object' || Array.isArray(config))) {
    // pluginConfig is a protobuf Struct: only a mapping survives the trip.
    throw new IstioRenderError(`filter "${spec.name}": Istio's pluginConfig must be a mapping, but the policy's config is ${Array.isArray(config) ? 'a list' : typeof config}`);
  }
  if (spec.name === 'jwt' && config !== undefined) config = withMeshClusters(config as Record<string, unknown>, mesh.callouts);
  if (spec.name === 'quota' && config !== undefined) config = withMeshRatelimit(config as Record<string, unknown>, mesh.ratelimit);
  const reference = tag.startsWith('sha256:') ? `@${tag}` : `:${tag}`;
  return {
    apiVersion: 'extensions.istio.io/v1alpha1',
    kind: 'WasmPlugin',
    metadata: { name: `portcullis-${spec.name}`, ...(namespace ? { namespace } : {}) },
    spec: {
      url: `oci://${imageBase}/${spec.image}${reference}`,
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
