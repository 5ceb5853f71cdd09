// Verified tokens, per VM: a bounded LRU keyed by the token (and which verifier accepted it), so
// a token's signature is checked once per VM until the entry ends. Only tokens that passed every
// check are stored; an entry never outlives the token's exp (nor cache_max_s for introspected
// tokens), and eviction is O(1). The map's slot is a keyed SipHash-2-4 under a per-VM random
// key (token-hash.ts: of a JWT's signature end, of an opaque token whole), and an entry matches
// only if the whole token is equal (compared without early exit), so no client can make two
// tokens share an entry, and only a token that verified is ever written to a slot. Entries
// keep their token's bytes, bounded in total by MAX_TOKEN_BYTES.
// A hit costs one short SipHash, a map lookup and one comparison: no string is built, and the
// entry carries what the request needs (claims for rule checks, outputs prepared on first use).

import { JsonValue } from "../../../sdk/assembly/json";
import { PreparedOutputs } from "./outputs";
import { jwsHash, tokenEquals, tokenHash } from "./token-hash";

/** Token bytes all entries may hold together (tokens are ≤ 16 KiB each). */
export const MAX_TOKEN_BYTES: i32 = 8 << 20;

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

/** What a lookup is for: the verifier (a JWT provider or introspector) and the token's bytes in place. */
export class CacheKey {
  /** Provider index for a JWT provider, -1 - index for an introspector. */
  verifier: i32 = 0;
  hash: u64 = 0;
  /** The presented token's bytes (valid while the request's header snapshot is). */
  ptr: usize = 0;
  length: i32 = 0;

  /** The map's key: the token's keyed hash mixed with the verifier; entries compare in full. */
  get slot(): u64 {
    return this.hash ^ (<u64>(this.verifier + 1) * 0x9e3779b97f4a7c15);
  }
}

class Node {
  prev: Node | null = null;
  next: Node | null = null;
  constructor(
    public readonly slot: u64,
    public readonly verifier: i32,
    /** A copy of the token. */
    public readonly token: ArrayBuffer,
    public value: Verified,
  ) {}

  matches(key: CacheKey): bool {
    return this.verifier == key.verifier && tokenEquals(this.token, key.ptr, key.length);
  }
}

// The one key object: a lookup and the put that may follow it are done before the next leaf
// computes its key (wasm runs one callback at a time), so a hit allocates nothing.
const key = new CacheKey();

/** The key of the `length` token bytes at `ptr` for `verifier`; valid until the next call. */
export function cacheKey(verifier: i32, ptr: usize, length: i32): CacheKey {
  key.verifier = verifier;
  // JWTs (verifier ≥ 0) are keyed by their signature's end; an opaque introspected token has
  // no known structure, so all of it is hashed.
  key.hash = verifier >= 0 ? jwsHash(ptr, length) : tokenHash(ptr, length);
  key.ptr = ptr;
  key.length = length;
  return key;
}

export class TokenCache {
  private readonly map: Map<u64, Node> = new Map<u64, Node>();
  /** Most recently used. */
  private head: Node | null = null;
  /** Least recently used: evicted first. */
  private tail: Node | null = null;
  /** Token bytes held by the entries. */
  private bytes: i32 = 0;

  constructor(public readonly capacity: i32) {}

  get size(): i32 {
    return this.map.size;
  }

  /** The entry when present and not expired; an expired entry is dropped. */
  get(key: CacheKey, nowMs: i64): Verified | null {
    const slot = key.slot;
    if (!this.map.has(slot)) return null;
    const node = this.map.get(slot);
    // Another token in the same slot: not this token's entry.
    if (!node.matches(key)) return null;
    if (nowMs >= node.value.expiresAtMs) {
      this.remove(node);
      return null;
    }
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }

  put(key: CacheKey, value: Verified, nowMs: i64): void {
    if (this.capacity <= 0 || value.expiresAtMs <= nowMs || key.length > MAX_TOKEN_BYTES) return;
    const slot = key.slot;
    // The same token again, or another one sharing the slot: the newer entry takes it.
    if (this.map.has(slot)) this.remove(this.map.get(slot));
    while (this.map.size >= this.capacity || this.bytes + key.length > MAX_TOKEN_BYTES) this.remove(this.tail!);
    const token = new ArrayBuffer(key.length);
    memory.copy(changetype<usize>(token), key.ptr, <usize>key.length);
    const node = new Node(slot, key.verifier, token, value);
    this.map.set(slot, node);
    this.bytes += key.length;
    this.pushFront(node);
  }

  private remove(node: Node): void {
    this.unlink(node);
    this.map.delete(node.slot);
    this.bytes -= node.token.byteLength;
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
