// A mutable header map with Envoy's semantics for the proxy-wasm header calls:
// names are lower-cased, order is kept, duplicates are allowed.
import type { HeaderPairs } from './pairs.ts';

const encoder = new TextEncoder();

export class HeaderMap {
  private entries: HeaderPairs;

  constructor(pairs: HeaderPairs = []) {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }

  pairs(): HeaderPairs {
    return this.entries.map(([k, v]) => [k, v]);
  }

  get count(): number {
    return this.entries.length;
  }

  /** Envoy's get_header_map_size reports the map's byte size, not its entry count. */
  byteSize(): number {
    let size = 0;
    for (const [k, v] of this.entries) size += encoder.encode(k).length + encoder.encode(v).length;
    return size;
  }

  /** First value, as Envoy's getHeaderMapValue returns. */
  get(name: string): string | undefined {
    const key = name.toLowerCase();
    return this.entries.find(([k]) => k === key)?.[1];
  }

  add(name: string, value: string): void {
    this.entries.push([name.toLowerCase(), value]);
  }

  /** Replaces the first entry's value in place, or appends (Envoy's replaceHeaderMapValue). */
  replace(name: string, value: string): void {
    const key = name.toLowerCase();
    const entry = this.entries.find(([k]) => k === key);
    if (entry) entry[1] = value;
    else this.entries.push([key, value]);
  }

  remove(name: string): void {
    const key = name.toLowerCase();
    this.entries = this.entries.filter(([k]) => k !== key);
  }

  setAll(pairs: HeaderPairs): void {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }
}
