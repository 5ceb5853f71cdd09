// A mutable header map with Envoy's semantics for the proxy-wasm header calls:
// names are lower-cased, order is kept, duplicates are allowed. Its serialized form (what
// proxy_get_header_map_pairs returns) is built once and kept until the map changes, so a filter
// reading the whole map on every callback does not pay for encoding it each time.
import { SerializedPairs, type HeaderPairs } from './pairs.ts';

export class HeaderMap {
  private entries: HeaderPairs;
  /** Serialized form of `entries`; undefined after a change. */
  private encoded: SerializedPairs | undefined;

  /**
   * `owned`: the names are already lower-case and the map may keep the array itself
   * (normalizeHeaders' output); see ofNormalized.
   */
  constructor(pairs: HeaderPairs = [], owned = false) {
    this.entries = owned ? pairs : pairs.map(([k, v]) => [k.toLowerCase(), v]);
  }

  /**
   * A map over pairs normalizeHeaders produced: they are fresh and lower-case already, so the
   * map adopts them rather than copying and lower-casing every name a second time per request.
   */
  static ofNormalized(pairs: HeaderPairs): HeaderMap {
    return new HeaderMap(pairs, true);
  }

  pairs(): HeaderPairs {
    return this.entries.map(([k, v]) => [k, v]);
  }

  /** The ABI serialization, or undefined for an empty map (returned to the guest as no bytes at all). */
  serialization(): SerializedPairs | undefined {
    if (this.entries.length === 0) return undefined;
    return this.encoded ??= new SerializedPairs(this.entries);
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

  /** Index of the first entry named key (lower-case), or -1. */
  private indexOf(key: string): number {
    const entries = this.entries;
    for (let i = 0; i < entries.length; i++) if (entries[i]![0] === key) return i;
    return -1;
  }

  /** First value, as Envoy's getHeaderMapValue returns. */
  get(name: string): string | undefined {
    const i = this.indexOf(name.toLowerCase());
    return i < 0 ? undefined : this.entries[i]![1];
  }

  add(name: string, value: string): void {
    this.entries.push([name.toLowerCase(), value]);
    this.encoded = undefined;
  }

  /** Replaces the first entry's value in place, or appends (Envoy's replaceHeaderMapValue). */
  replace(name: string, value: string): void {
    const key = name.toLowerCase();
    const i = this.indexOf(key);
    if (i >= 0) this.entries[i]![1] = value;
    else this.entries.push([key, value]);
    this.encoded = undefined;
  }

  /** Removes every entry of that name. */
  remove(name: string): void {
    const key = name.toLowerCase();
    const first = this.indexOf(key);
    if (first < 0) return;
    // The map owns its array (nothing outside holds it), so it is compacted in place.
    const entries = this.entries;
    let kept = first;
    for (let i = first + 1; i < entries.length; i++) if (entries[i]![0] !== key) entries[kept++] = entries[i]!;
    entries.length = kept;
    this.encoded = undefined;
  }

  setAll(pairs: HeaderPairs): void {
    this.entries = pairs.map(([k, v]) => [k.toLowerCase(), v]);
    this.encoded = undefined;
  }
}
