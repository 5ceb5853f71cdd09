// Test-only module: exposes the SDK's hash, HMAC and RSA code to vitest (test/crypto/*.test.ts)
// and a self-contained RS256 verify loop to the benchmark. Byte strings cross the boundary as
// ArrayBuffers (the loader's __newArrayBuffer/__getArrayBuffer).

import { Sha512, sha384, sha512 } from "../../../sdk/assembly/crypto/sha512";

export * from "../../../sdk/assembly/exports";

/** SHA-384 (`is384`) or SHA-512 of `data`, with the one-shot helpers. */
export function sha512Bytes(data: ArrayBuffer, is384: bool): ArrayBuffer {
  const bytes = Uint8Array.wrap(data);
  return (is384 ? sha384(bytes) : sha512(bytes)).buffer;
}

/**
 * Hashes `data` `times` times over in chunks of `chunk` bytes with one streaming hasher that
 * first hashed (and digested) unrelated input, so the test also pins reuse after digest().
 */
export function sha512Stream(data: ArrayBuffer, chunk: i32, times: i32, is384: bool): ArrayBuffer {
  const bytes = Uint8Array.wrap(data);
  const hasher = new Sha512(is384);
  hasher.update(new Uint8Array(200));
  hasher.digest();
  hasher.update(new Uint8Array(3));
  hasher.reset();
  for (let t = 0; t < times; t++) {
    for (let i = 0; i < bytes.length; i += chunk) hasher.update(bytes.subarray(i, min(i + chunk, bytes.length)));
  }
  return hasher.digest().buffer;
}
