// Header maps (request/response headers and trailers, HTTP-callout response headers and
// trailers) as objects. Each one is a view on the host's map: nothing is cached.

import { MapType, WasmResult } from "./abi/types";
import { HeaderPair } from "./abi/header-map";
import { HeaderSnapshot } from "./header-snapshot";
import * as host from "./hostcalls";

export { HeaderPair, HeaderSnapshot };

export class HeaderMap {
  constructor(private readonly map: MapType) {}

  /** First value of `name` (lower-case), or null. */
  get(name: string): string | null {
    return host.getHeaderMapValue(this.map, name);
  }

  /** Raw bytes of the first value of `name`, or null. */
  getBytes(name: string): ArrayBuffer | null {
    return host.getHeaderMapValueBytes(this.map, name);
  }

  /**
   * Sets `name` to exactly one value. The ABI's replace only rewrites the first copy in Envoy
   * (later duplicates survive), which would let a client smuggle a second value past a
   * filter; so every copy is removed first.
   */
  set(name: string, value: string): WasmResult {
    const removed = host.removeHeaderMapValue(this.map, name);
    if (removed != WasmResult.Ok) return removed;
    return host.addHeaderMapValue(this.map, name, value);
  }

  /** The ABI's replace: rewrites the first copy of `name` (or adds it), leaving later copies. */
  replaceFirst(name: string, value: string): WasmResult {
    return host.replaceHeaderMapValue(this.map, name, value);
  }

  /** Appends a value, keeping existing ones. */
  add(name: string, value: string): WasmResult {
    return host.addHeaderMapValue(this.map, name, value);
  }

  /** Removes every value of `name`. */
  remove(name: string): WasmResult {
    return host.removeHeaderMapValue(this.map, name);
  }

  /** Every pair in order, repeated names included. Empty if the host sent a malformed map. */
  all(): HeaderPair[] {
    const pairs = host.getHeaderMapPairs(this.map);
    return pairs === null ? new Array<HeaderPair>() : pairs;
  }

  /**
   * The whole map in one host call, read as bytes (see header-snapshot.ts): the cheap way to
   * look at several headers. Empty if the host sent a malformed map. Later edits to the map
   * are not reflected in it.
   */
  snapshot(): HeaderSnapshot {
    const snapshot = host.getHeaderMapSnapshot(this.map);
    return snapshot === null ? HeaderSnapshot.fromPairs([]) : snapshot;
  }

  /** set() with the name and value already UTF-8 encoded (e.g. once, in onConfigure). */
  setBytes(name: ArrayBuffer, value: ArrayBuffer): WasmResult {
    const removed = host.removeHeaderMapValueBytes(this.map, name);
    if (removed != WasmResult.Ok) return removed;
    return host.addHeaderMapValueBytes(this.map, name, value);
  }

  /** add() with the name and value already UTF-8 encoded. */
  addBytes(name: ArrayBuffer, value: ArrayBuffer): WasmResult {
    return host.addHeaderMapValueBytes(this.map, name, value);
  }

  /** remove() with the name already UTF-8 encoded. */
  removeBytes(name: ArrayBuffer): WasmResult {
    return host.removeHeaderMapValueBytes(this.map, name);
  }

  /** Replaces the whole map. */
  setAll(pairs: HeaderPair[]): WasmResult {
    return host.setHeaderMapPairs(this.map, pairs);
  }

  /** Serialized size of the map in bytes, as the host reports it. */
  serializedSize(): u64 {
    return host.getHeaderMapSize(this.map).value;
  }
}

export const requestHeaders = new HeaderMap(MapType.HttpRequestHeaders);
export const requestTrailers = new HeaderMap(MapType.HttpRequestTrailers);
export const responseHeaders = new HeaderMap(MapType.HttpResponseHeaders);
export const responseTrailers = new HeaderMap(MapType.HttpResponseTrailers);
export const httpCallResponseHeaders = new HeaderMap(MapType.HttpCallResponseHeaders);
export const httpCallResponseTrailers = new HeaderMap(MapType.HttpCallResponseTrailers);
