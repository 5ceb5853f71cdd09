// The HTTP endpoints the jwt filter calls out to (remote JWKS, token introspection): each URL
// becomes one Envoy cluster, and the filter addresses it by cluster name, :authority and :path.
import { isIP } from 'node:net';
import type { Policy } from './types.ts';

export const DEFAULT_CA_FILE = '/etc/ssl/certs/ca-certificates.crt';

export interface CalloutUrl {
  scheme: 'http' | 'https';
  /** Host name or IP literal, without IPv6 brackets. */
  host: string;
  port: number;
  /** `host` or `host:port` when the port is not the scheme's default: the request's :authority. */
  authority: string;
  /** Path and query string: the request's :path. */
  path: string;
  ipLiteral: boolean;
  /** Loopback addresses and `localhost`: the only places plain http is acceptable. */
  loopback: boolean;
}

export interface Callout extends CalloutUrl {
  /** The Envoy cluster the filter dispatches to. */
  cluster: string;
  timeoutMs: number;
  caFile?: string;
  /** Where the URL is written in the policy, for messages. */
  segments: (string | number)[];
}

/** Parses a callout URL, or returns why it cannot be one. */
export function parseCalloutUrl(text: string): CalloutUrl | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'expected an absolute http:// or https:// URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'expected an http:// or https:// URL';
  if (url.username || url.password) return 'credentials in the URL would be logged and sent in clear; remove them';
  if (url.hash) return 'a URL fragment is never sent to the server; remove it';
  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const port = url.port ? Number(url.port) : scheme === 'https' ? 443 : 80;
  const ipLiteral = isIP(host) !== 0;
  return {
    scheme,
    host,
    port,
    authority: url.port ? url.host : url.hostname,
    path: `${url.pathname}${url.search}`,
    ipLiteral,
    loopback: isLoopbackHost(host),
  };
}

/** localhost, ::1 or 127.x.y.z: this machine (under Istio, the gateway's own pod). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

/** Every callout the policy's jwt section makes, in provider order (valid URLs only). */
export function callouts(policy: Policy): Callout[] {
  const out: Callout[] = [];
  const jwt = policy.jwt;
  if (!jwt) return out;
  jwt.providers.forEach((provider, i) => {
    if (!('remote' in provider.keys)) return;
    const remote = provider.keys.remote;
    const url = parseCalloutUrl(remote.url);
    if (typeof url === 'string') return;
    out.push({ ...url, cluster: jwksCluster(provider.name), timeoutMs: remote.timeout_ms, caFile: remote.ca_file, segments: ['jwt', 'providers', i, 'keys', 'remote', 'url'] });
  });
  jwt.introspection.forEach((provider, i) => {
    const url = parseCalloutUrl(provider.url);
    if (typeof url === 'string') return;
    out.push({ ...url, cluster: introspectionCluster(provider.name), timeoutMs: provider.timeout_ms, caFile: provider.ca_file, segments: ['jwt', 'introspection', i, 'url'] });
  });
  return out;
}

export const jwksCluster = (provider: string) => `jwks_${provider}`;
export const introspectionCluster = (provider: string) => `introspect_${provider}`;
