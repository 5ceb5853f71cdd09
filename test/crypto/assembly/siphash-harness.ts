// Test-only module: exposes the SDK's SipHash-2-4 (sdk/assembly/crypto/siphash.ts) to vitest
// (test/crypto/siphash.test.ts). The 64-bit result crosses as 8 little-endian bytes.

import { sipHash24 } from "../../../sdk/assembly/crypto/siphash";

export * from "../../../sdk/assembly/exports";

/** SipHash-2-4 of `data` under the 16-byte `key` (k0, k1 little-endian), as 8 bytes little-endian. */
export function sipHashBytes(key: ArrayBuffer, data: ArrayBuffer): ArrayBuffer {
  const k = changetype<usize>(key);
  const out = new ArrayBuffer(8);
  store<u64>(changetype<usize>(out), sipHash24(load<u64>(k), load<u64>(k, 8), changetype<usize>(data), data.byteLength));
  return out;
}
