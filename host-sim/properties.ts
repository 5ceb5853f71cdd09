// Envoy attributes as proxy_get_property sees them: a path of NUL-separated
// segments, strings returned as raw bytes, integers as 8-byte little-endian,
// booleans as one byte, maps as serialized header pairs.
import type { HeaderMap } from './header-map.ts';
import { encodePairs } from './pairs.ts';

export type PropertyValue = string | number | bigint | boolean | Uint8Array;
export type PropertyInput = Record<string, PropertyValue>;

const encoder = new TextEncoder();

/** Roots Envoy resolves itself; any other first segment names filter state. */
const ATTRIBUTE_ROOTS = new Set([
  'request', 'response', 'source', 'destination', 'connection', 'upstream', 'node', 'xds',
  'plugin_name', 'plugin_root_id', 'plugin_vm_id', 'cluster_name', 'cluster_metadata',
  'route_name', 'route_metadata', 'listener_direction', 'listener_metadata',
  'upstream_host_metadata', 'metadata', 'filter_state',
]);

export function encodeProperty(value: PropertyValue): Uint8Array {
  if (value instanceof Uint8Array) return value.slice();
  if (typeof value === 'string') return encoder.encode(value);
  if (typeof value === 'boolean') return Uint8Array.of(value ? 1 : 0);
  const big = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigInt64(0, BigInt.asIntN(64, big), true);
  return out;
}

export function validateProperties(input: unknown, what: string): PropertyInput {
  if (input === undefined) return {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(`${what} must be an object mapping attribute paths (e.g. "source.address") to values`);
  }
  for (const [k, v] of Object.entries(input)) {
    const ok = typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof Uint8Array;
    if (!ok) throw new TypeError(`${what}["${k}"] must be a string, number, bigint, boolean or Uint8Array`);
  }
  return input as PropertyInput;
}

export interface PropertyScope {
  vm: PropertyInput;
  stream?: PropertyInput;
  requestHeaders?: HeaderMap;
  responseHeaders?: HeaderMap;
  filterState?: Map<string, Uint8Array>;
}

function derivedRequest(name: string, headers: HeaderMap | undefined): PropertyValue | undefined {
  if (!headers) return undefined;
  const path = headers.get(':path');
  switch (name) {
    case 'path': return path;
    case 'url_path': return path?.split('?')[0];
    case 'query': return path === undefined ? undefined : path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
    case 'host': return headers.get(':authority');
    case 'scheme': return headers.get(':scheme');
    case 'method': return headers.get(':method');
    case 'id': return headers.get('x-request-id');
    case 'referer': return headers.get('referer');
    case 'useragent': return headers.get('user-agent');
    case 'protocol': return 'HTTP/1.1';
    default: return undefined;
  }
}

function lookupHeaders(map: HeaderMap | undefined, rest: string[]): Uint8Array | undefined {
  if (!map) return undefined;
  if (rest.length === 0) return encodePairs(map.pairs());
  if (rest.length !== 1) return undefined;
  const v = map.get(rest[0]!);
  return v === undefined ? undefined : encoder.encode(v);
}

/** Resolves a raw property path, or undefined when Envoy would answer NotFound. */
export function resolveProperty(rawPath: string, scope: PropertyScope): Uint8Array | undefined {
  const segments = rawPath.split('\u0000');
  const root = segments[0]!;
  if (!ATTRIBUTE_ROOTS.has(root)) {
    const state = scope.filterState?.get(rawPath);
    return state?.slice();
  }
  if (root === 'filter_state' && segments.length === 2) {
    const key = segments[1]!.startsWith('wasm.') ? segments[1]!.slice(5) : segments[1]!;
    return scope.filterState?.get(key)?.slice();
  }
  const dotted = segments.join('.');
  const explicit = scope.stream?.[dotted] ?? scope.vm[dotted];
  if (explicit !== undefined) return encodeProperty(explicit);
  if (root === 'request' && segments[1] === 'headers') return lookupHeaders(scope.requestHeaders, segments.slice(2));
  if (root === 'response' && segments[1] === 'headers') return lookupHeaders(scope.responseHeaders, segments.slice(2));
  if (root === 'request' && segments.length === 2) {
    const v = derivedRequest(segments[1]!, scope.requestHeaders);
    return v === undefined ? undefined : encodeProperty(v);
  }
  if (root === 'response' && segments.length === 2 && segments[1] === 'code') {
    const status = scope.responseHeaders?.get(':status');
    return status === undefined || !/^\d+$/.test(status) ? undefined : encodeProperty(Number(status));
  }
  return undefined;
}
