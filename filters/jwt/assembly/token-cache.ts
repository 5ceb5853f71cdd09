// Verified tokens, per VM: a bounded LRU keyed by the SHA-256 of the token (and which verifier
// accepted it), so a token's signature is checked once per VM until the entry ends. Only
// tokens that passed every check are stored; an entry never outlives the token's exp (nor
// cache_max_s for introspected tokens), and eviction is O(1). The token itself is never kept.
// A hit costs one SHA-256 of the token and a map lookup: no string is built, and the entry
// carries what the request needs (claims for rule checks, outputs prepared on first use).

import { JsonValue } from "../../../sdk/assembly/json";
import { Sha256 } from "../../../sdk/assembly/crypto/sha256";
import { PreparedOutputs } from "./outputs";

export class Verified {
  /** The request outputs of this token (headers, identity): built on first use, then reused. */
  outputs: PreparedOutputs | null = null;

  constructor(
    /** The claims (JWT payload or introspection response). */
    public readonly claims: JsonValue,
    /** JWT payload segment (base64url, as sent) for the payload header; empty when not needed. */
    public readonly payloadSegment: ArrayBuffer,
    public readonly subject: string,
    public readonly expiresAtMs: i64,
  ) {}
}

/** What identifies a cache entry: the verifier (a JWT provider or introspector) and SHA-256(token). */
export class CacheKey {
  constructor(
    /** Provider index for a JWT provider, -1 - index for an introspector. */
    public readonly verifier: i32,
    public readonly d0: u64,
    public readonly d1: u64,
    public readonly d2: u64,
    public readonly d3: u64,
  ) {}

  /** The map's key: 64 bits of the digest mixed with the verifier; entries compare in full. */
  get slot(): u64 {
    return this.d0 ^ (<u64>(this.verifier + 1) * 0x9e3779b97f4a7c15);
  }

  equals(other: CacheKey): bool {
    return this.verifier == other.verifier && this.d0 == other.d0 && this.d1 == other.d1 && this.d2 == other.d2 && this.d3 == other.d3;
  }
}

class Node {
  prev: Node | null = null;
  next: Node | null = null;
  constructor(public readonly key: CacheKey, public value: Verified) {}
}

const hasher = new Sha256();
const digest = new Uint8Array(32);

/** The key of the `length` token bytes at `ptr` for `verifier`. */
export function cacheKey(verifier: i32, ptr: usize, length: i32): CacheKey {
  hasher.reset().updateRaw(ptr, length);
  hasher.digestInto(digest);
  const d = digest.dataStart;
  return new CacheKey(verifier, load<u64>(d), load<u64>(d, 8), load<u64>(d, 16), load<u64>(d, 24));
}

export class TokenCache {
  private readonly map: Map<u64, Node> = new Map<u64, Node>();
  /** Most recently used. */
  private head: Node | null = null;
  /** Least recently used: evicted first. */
  private tail: Node | null = null;

  constructor(public readonly capacity: i32) {}

  get size(): i32 {
    return this.map.size;
  }

  /** The entry when present and not expired; an expired entry is dropped. */
  get(key: CacheKey, nowMs: i64): Verified | null {
    const slot = key.slot;
    if (!this.map.has(slot)) return null;
    const node = this.map.get(slot);
    // Another key in the same slot (64 bits of SHA-256 alike): not this token's entry.
    if (!node.key.equals(key)) return null;
    if (nowMs >= node.value.expiresAtMs) {
      this.unlink(node);
      this.map.delete(slot);
      return null;
    }
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }

  put(key: CacheKey, value: Verified, nowMs: i64): void {
    if (this.capacity <= 0 || value.expiresAtMs <= nowMs) return;
    const slot = key.slot;
    if (this.map.has(slot)) {
      // The same token again, or another one sharing the slot: the newer entry takes it.
      this.unlink(this.map.get(slot));
      this.map.delete(slot);
    }
    while (this.map.size >= this.capacity) {
      const last = this.tail!;
      this.unlink(last);
      this.map.delete(last.key.slot);
    }
    const node = new Node(key, value);
    this.map.set(slot, node);
    this.pushFront(node);
  }

  private unlink(node: Node): void {
    const prev = node.prev;
    const next = node.next;
    if (prev !== null) prev.next = next;
    else this.head = next;
    if (next !== null) next.prev = prev;
    else this.tail = prev;
    node.prev = null;
    node.next = null;
  }

  private pushFront(node: Node): void {
    node.next = this.head;
    const head = this.head;
    if (head !== null) head.prev = node;
    this.head = node;
    if (this.tail === null) this.tail = node;
  }
}
