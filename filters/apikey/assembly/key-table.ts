// Matching a presented key against the configured SHA-256 digests: the key is hashed once and
// compared with every digest in constant time, so timing reveals neither which stored key
// matched nor how close a wrong key came.

import { Sha256 } from "../../../sdk/assembly/crypto/sha256";
import { constantTimeFind } from "../../../sdk/assembly/crypto/constant-time";

/** Keys longer than this are treated as unknown without being hashed. */
export const MAX_KEY_BYTES = 4096;

const hasher = new Sha256();
const digest = new Uint8Array(32);

/** Index of the key whose digest matches the key's UTF-8 bytes at `start` (`length` bytes), or -1. */
export function findKey(digests: Uint8Array[], start: usize, length: i32): i32 {
  if (length > MAX_KEY_BYTES) return -1;
  hasher.reset().updateRaw(start, length);
  hasher.digestInto(digest);
  return constantTimeFind(digests, digest);
}
