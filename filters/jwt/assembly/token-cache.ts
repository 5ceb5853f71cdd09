// Verified tokens, per VM: a bounded LRU keyed by the SHA-256 of (verifier, token), so a
// token's signature is checked once per VM until the entry ends. Only tokens that passed every
// check are stored; an entry never outlives the token's exp (nor cache_max_s for introspected
// tokens), and eviction is O(1).

import { JsonValue } from "../../../sdk/assembly/json";
import { Sha256 } from "../../../sdk/assembly/crypto/sha256";
import { hexEncode } from "../../../sdk/assembly/encoding/hex";

export class Verified {
  constructor(
    /** The claims (JWT payload or introspection response). */
    public readonly claims: JsonValue,
    /** JWT payload segment for the payload header; "" for introspection. */
    public readonly payloadSegment: string,
    public readonly subject: string,
    public readonly expiresAtMs: i64,
  ) {}
}

class Node {
  prev: Node | null = null;
  next: Node | null = null;
  constructor(public readonly key: string, public value: Verified) {}
}

const hasher = new Sha256();

/** "<verifier>:<hex sha256(token)>": the token itself is never kept. */
export function cacheKey(verifier: string, token: string): string {
  hasher.reset().update(String.UTF8.encode(token, false));
  return verifier + ":" + hexEncode(hasher.digest());
}

export class TokenCache {
  private readonly map: Map<string, Node> = new Map<string, Node>();
  /** Most recently used. */
  private head: Node | null = null;
  /** Least recently used: evicted first. */
  private tail: Node | null = null;

  constructor(public readonly capacity: i32) {}

  get size(): i32 {
    return this.map.size;
  }

  /** The entry when present and not expired; an expired entry is dropped. */
  get(key: string, nowMs: i64): Verified | null {
    if (!this.map.has(key)) return null;
    const node = this.map.get(key);
    if (nowMs >= node.value.expiresAtMs) {
      this.unlink(node);
      this.map.delete(key);
      return null;
    }
    this.unlink(node);
    this.pushFront(node);
    return node.value;
  }

  put(key: string, value: Verified, nowMs: i64): void {
    if (this.capacity <= 0 || value.expiresAtMs <= nowMs) return;
    if (this.map.has(key)) {
      const node = this.map.get(key);
      node.value = value;
      this.unlink(node);
      this.pushFront(node);
      return;
    }
    while (this.map.size >= this.capacity) {
      const last = this.tail!;
      this.unlink(last);
      this.map.delete(last.key);
    }
    const node = new Node(key, value);
    this.map.set(key, node);
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
