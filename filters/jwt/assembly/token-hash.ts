// The token cache's bucket hash: SipHash-2-4 (the SDK's crypto/siphash.ts) under a per-VM random key.
// Keyed, so a client cannot choose tokens that collide in the cache's map (hash flooding); it
// only picks the bucket: the entry is then confirmed by comparing the whole token
// (tokenEquals). About 4× cheaper than SHA-256 on a typical token.

import { sipHash24 } from "../../../sdk/assembly/crypto/siphash";

// The key of this VM, set by the first configure (seedTokenHash) and kept for the VM's life, so
// entries of every root context in the VM stay findable.
let k0: u64 = 0;
let k1: u64 = 0;
let seeded = false;

// @ts-ignore: decorator
@external("wasi_snapshot_preview1", "random_get")
declare function random_get(buf: usize, len: usize): u16;

/**
 * Draws the VM's key, once, from the host's random source (WASI random_get, in Envoy's allow-list).
 * Should the host refuse, the key comes from `fallback` (the configuration's bytes) mixed with
 * the clock: not secret, but different per configuration and start.
 */
export function seedTokenHash(fallback: ArrayBuffer, nowNanos: u64): void {
  if (seeded) return;
  seeded = true;
  const seed = new ArrayBuffer(16);
  if (random_get(changetype<usize>(seed), 16) == 0) {
    k0 = load<u64>(changetype<usize>(seed));
    k1 = load<u64>(changetype<usize>(seed), 8);
    return;
  }
  k0 = nowNanos ^ 0x9e3779b97f4a7c15;
  k1 = ~nowNanos;
  k1 = sipHash24(k0, k1, changetype<usize>(fallback), fallback.byteLength);
}

/** SipHash-2-4 of `length` bytes at `ptr` under the VM's key. */
export function tokenHash(ptr: usize, length: i32): u64 {
  return sipHash24(k0, k1, ptr, length);
}

/** Bytes of a compact JWS's end that jwsHash reads: its signature's last 32 bytes (or fewer). */
const JWS_TAIL: i32 = 32;

/**
 * The keyed hash of a compact JWS, read from its last JWS_TAIL bytes (all signature) and its
 * length. The hash only picks the cache slot; an entry matches only if the whole token is
 * equal (tokenEquals), so reading the unforgeable, high-entropy end of the token spreads
 * entries as well as hashing all of it, for a tenth of the bytes on every request. A client
 * that sends many tokens sharing a tail only makes its own lookups land in one slot: a slot
 * is written only for a token that verified.
 */
export function jwsHash(ptr: usize, length: i32): u64 {
  const n = min(length, JWS_TAIL);
  return sipHash24(k0, k1 ^ <u64>length, ptr + <usize>(length - n), n);
}

/**
 * The `length` bytes at `ptr` equal `token`: every byte compared, no early exit, so the time
 * reveals only whether the lengths differ.
 */
export function tokenEquals(token: ArrayBuffer, ptr: usize, length: i32): bool {
  if (token.byteLength != length) return false;
  const t = changetype<usize>(token);
  const words = <usize>length & ~(<usize>7);
  let diff: u64 = 0;
  for (let i: usize = 0; i < words; i += 8) diff |= load<u64>(t + i) ^ load<u64>(ptr + i);
  for (let i = words; i < <usize>length; i++) diff |= <u64>(load<u8>(t + i) ^ load<u8>(ptr + i));
  return diff == 0;
}
