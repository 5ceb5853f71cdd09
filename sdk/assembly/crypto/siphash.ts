// SipHash-2-4 (Aumasson & Bernstein, "SipHash: a fast short-input PRF", 2012): a keyed 64-bit
// hash for hash tables whose keys a client chooses (hash flooding). Not a MAC for anything that
// leaves the VM, and not a digest: for those see hash.ts and hmac.ts. Reads the bytes in place,
// allocates nothing.

/** SipHash-2-4 (64-bit output) of `length` bytes at `ptr` under the key (k0, k1). */
export function sipHash24(key0: u64, key1: u64, ptr: usize, length: i32): u64 {
  // The state stays in locals (registers): module globals would be a load and store per step.
  let v0: u64 = key0 ^ 0x736f6d6570736575;
  let v1: u64 = key1 ^ 0x646f72616e646f6d;
  let v2: u64 = key0 ^ 0x6c7967656e657261;
  let v3: u64 = key1 ^ 0x7465646279746573;
  const end = ptr + (<usize>length & ~(<usize>7));
  // The last block: the remaining bytes and the length's low byte on top.
  let last = <u64>(length & 0xff) << 56;
  for (let i: usize = 0, left = <usize>length & 7; i < left; i++) last |= <u64>load<u8>(end + i) << (<u64>i << 3);
  // One loop for every step, so the round is written once: each 8-byte block, then the last
  // block (two rounds each), then the finalization (v2 ^= 0xff, four rounds, no block: m = 0).
  let p = ptr;
  for (let step = 0; step < 2; ) {
    let m: u64 = 0;
    let rounds = 2;
    if (p < end) {
      m = load<u64>(p);
      p += 8;
    } else if (step == 0) {
      m = last;
      step = 1;
    } else {
      v2 ^= 0xff;
      rounds = 4;
      step = 2;
    }
    v3 ^= m;
    for (let r = 0; r < rounds; r++) {
      v0 += v1; v1 = rotl<u64>(v1, 13); v1 ^= v0; v0 = rotl<u64>(v0, 32);
      v2 += v3; v3 = rotl<u64>(v3, 16); v3 ^= v2;
      v0 += v3; v3 = rotl<u64>(v3, 21); v3 ^= v0;
      v2 += v1; v1 = rotl<u64>(v1, 17); v1 ^= v2; v2 = rotl<u64>(v2, 32);
    }
    v0 ^= m;
  }
  return v0 ^ v1 ^ v2 ^ v3;
}
