// HMAC (RFC 2104, FIPS 198-1) over SHA-256/384/512. The one-shot functions build the padded
// key in a module-level buffer and wipe it afterwards, so no copy of a secret key outlives the
// call. HmacKey is for a key used many times (a JWT provider's secret): its key schedule (the
// hash states after the ipad and opad blocks) is computed once, so each MAC costs only the
// message's blocks plus one outer block.

import { constantTimeEqual } from "./constant-time";
import { HashAlg, Hasher, MAX_DIGEST_LENGTH, blockLength, digestLength, hasherFor } from "./hash";

const MAX_BLOCK: i32 = 128;
const IPAD: u8 = 0x36;
const OPAD: u8 = 0x5c;

const padded = new StaticArray<u8>(MAX_BLOCK);
const inner = new Uint8Array(MAX_DIGEST_LENGTH);

/** Writes HMAC(key, message) to `out` (digestLength(alg) bytes); false for an unknown alg. */
function hmacInto(alg: HashAlg, key: Uint8Array, message: Uint8Array, out: Uint8Array): bool {
  const h = hasherFor(alg);
  if (h === null) return false;
  const block = blockLength(alg);
  const length = digestLength(alg);
  const pad = changetype<usize>(padded);
  memory.fill(pad, 0, MAX_BLOCK);
  // A key longer than the block is replaced by its digest (RFC 2104 §2).
  if (key.length > block) {
    h.update(key).finishInto(inner);
    memory.copy(pad, inner.dataStart, length);
    h.begin();
  } else {
    memory.copy(pad, key.dataStart, key.length);
  }
  for (let i = 0; i < block; i++) store<u8>(pad + i, load<u8>(pad + i) ^ IPAD);
  h.updateRaw(pad, block).update(message).finishInto(inner);
  for (let i = 0; i < block; i++) store<u8>(pad + i, load<u8>(pad + i) ^ (IPAD ^ OPAD));
  h.begin().updateRaw(pad, block).updateRaw(inner.dataStart, length).finishInto(out);
  memory.fill(pad, 0, MAX_BLOCK);
  memory.fill(inner.dataStart, 0, MAX_DIGEST_LENGTH);
  return true;
}

/** HMAC of `message` under `key`; an empty array when `alg` is not a HashAlg. */
export function hmac(alg: HashAlg, key: Uint8Array, message: Uint8Array): Uint8Array {
  const out = new Uint8Array(digestLength(alg));
  hmacInto(alg, key, message, out);
  return out;
}

/**
 * True when `tag` is the full HMAC of `message` under `key`. The comparison takes the same
 * time wherever the tags differ; a tag of any other length (truncated tags included) is
 * refused, so an attacker cannot shorten the tag to make guessing cheaper.
 */
export function hmacVerify(alg: HashAlg, key: Uint8Array, message: Uint8Array, tag: Uint8Array): bool {
  const length = digestLength(alg);
  if (length == 0 || tag.length != length) return false;
  const expected = new Uint8Array(length);
  if (!hmacInto(alg, key, message, expected)) return false;
  return constantTimeEqual(expected, tag);
}

/**
 * A key prepared for repeated HMACs with one hash: the inner and outer hash states after
 * absorbing key XOR ipad / key XOR opad (RFC 2104 section 4, "precomputations"). Holds those
 * states, not the key; each mac/verify allocates nothing.
 */
export class HmacKey {
  private readonly inner: Hasher;
  private readonly outer: Hasher;
  private readonly work: Hasher;
  private readonly scratch: Uint8Array = new Uint8Array(MAX_DIGEST_LENGTH);

  private constructor(readonly alg: HashAlg) {
    this.inner = new Hasher(alg);
    this.outer = new Hasher(alg);
    this.work = new Hasher(alg);
  }

  /** The key prepared for `alg`, or null when `alg` is not a HashAlg. */
  static create(alg: HashAlg, key: Uint8Array): HmacKey | null {
    if (digestLength(alg) == 0) return null;
    const k = new HmacKey(alg);
    const block = blockLength(alg);
    const length = digestLength(alg);
    const pad = changetype<usize>(padded);
    memory.fill(pad, 0, MAX_BLOCK);
    // A key longer than the block is replaced by its digest (RFC 2104 §2).
    if (key.length > block) {
      k.work.begin().update(key).finishInto(inner);
      memory.copy(pad, inner.dataStart, length);
    } else {
      memory.copy(pad, key.dataStart, key.length);
    }
    for (let i = 0; i < block; i++) store<u8>(pad + i, load<u8>(pad + i) ^ IPAD);
    k.inner.begin().updateRaw(pad, block);
    for (let i = 0; i < block; i++) store<u8>(pad + i, load<u8>(pad + i) ^ (IPAD ^ OPAD));
    k.outer.begin().updateRaw(pad, block);
    memory.fill(pad, 0, MAX_BLOCK);
    memory.fill(inner.dataStart, 0, MAX_DIGEST_LENGTH);
    k.work.begin();
    return k;
  }

  get length(): i32 {
    return digestLength(this.alg);
  }

  /** HMAC of the `length` bytes at `ptr`, written to `out` at `offset`; false when it does not fit. */
  macRawInto(ptr: usize, length: i32, out: Uint8Array, offset: i32 = 0): bool {
    if (offset < 0 || out.length - offset < this.length) return false;
    const scratch = this.scratch;
    this.work.copyFrom(this.inner).updateRaw(ptr, length).finishInto(scratch);
    this.work.copyFrom(this.outer).updateRaw(scratch.dataStart, this.length).finishInto(out, offset);
    memory.fill(scratch.dataStart, 0, MAX_DIGEST_LENGTH);
    return true;
  }

  mac(message: Uint8Array): Uint8Array {
    const out = new Uint8Array(this.length);
    this.macRawInto(message.dataStart, message.length, out);
    return out;
  }

  /** hmacVerify with this key: full-length tags only, compared in constant time. */
  verify(message: Uint8Array, tag: Uint8Array): bool {
    return this.verifyRaw(message.dataStart, message.length, tag);
  }

  /** verify() on the `length` message bytes at `ptr`. */
  verifyRaw(ptr: usize, length: i32, tag: Uint8Array): bool {
    const n = this.length;
    if (tag.length != n) return false;
    const expected = macScratch;
    this.macRawInto(ptr, length, expected);
    let diff: u32 = 0;
    const a = expected.dataStart;
    const b = tag.dataStart;
    for (let i = 0; i < n; i++) diff |= <u32>(load<u8>(a + i) ^ load<u8>(b + i));
    return diff == 0;
  }
}

const macScratch = new Uint8Array(MAX_DIGEST_LENGTH);
