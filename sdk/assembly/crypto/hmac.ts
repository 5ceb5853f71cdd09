// HMAC (RFC 2104, FIPS 198-1) over SHA-256/384/512. The padded key is built in a module-level
// buffer and wiped afterwards, so no copy of a secret key outlives the call.

import { constantTimeEqual } from "./constant-time";
import { HashAlg, MAX_DIGEST_LENGTH, blockLength, digestLength, hasherFor } from "./hash";

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
