// A mutable header map with Envoy's semantics for the proxy-wasm header calls:
// names are lower-cased, order is kept, duplicates are allowed. Its serialized form (what
// proxy_get_header_map_pairs returns) is built once and kept until the map changes, so a filter
// reading the whole map on every callback does not pay for encoding it each time.
import { encodePairs, type HeaderPairs } from './pairs.ts';

const EMPTY = new Uint8Array(0);

export class HeaderMap {
  private entries: HeaderPairs;
  /** Serialized form of `entries`; undefined after a change. */
  private encoded: Uint8Array | undefined;

  constructor(pairs: HeaderPairs = []) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }

  pairs(): HeaderPairs {
    return this.entries.map(([k, v]) => [k, v]);
  }

  /** The ABI serialization (empty for an empty map). Shared: callers must not modify it. */
  serialized(): Uint8Array {
    if (this.encoded === undefined) this.encoded = this.entries.length === 0 ? EMPTY : encodePairs(this.entries);
    return this.encoded;
  }

  get count(): number {
    return this.entries.length;
  }

  /** Envoy's get_header_map_size reports the map's byte size, not its entry count. */
  byteSize(): number {
    let size = 0;
    for (const [k, v] of this.entries) size += Buffer.byteLength(k, 'utf8') + Buffer.byteLength(v, 'utf8');
    return size;
  }

  /** First value, as Envoy's getHeaderMapValue returns. */
  get(name: string): string | undefined {
    const key = name.toLowerCase();
    return this.entries.find(([k]) => k === key)?.[1];
  }

  add(name: string, value: string): void {
    this.entries.push([name.toLowerCase(), value]);
    this.encoded = undefined;
  }

  /** Replaces the first entry's value in place, or appends (Envoy's replaceHeaderMapValue). */
  replace(name: string, value: string): void {
    const key = name.toLowerCase();
    const entry = this.entries.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else this.entries.push([key, value]);
    this.encoded = undefined;
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    if (!this.entries.some(([k]) => k === key)) return;
    this.entries = this.entries.filter(([k]) => k !== key);
    this.encoded = undefined;
  }

  setAll(pairs: HeaderPairs): void {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
    this.encoded = undefined;
  }
}
