// SipHash-2-4 (Aumasson & Bernstein, "SipHash: a fast short-input PRF", 2012): a keyed 64-bit
// hash for hash tables whose keys a client chooses (hash flooding). Not a MAC for anything that
// leaves the VM, and not a digest: for those see hash.ts and hmac.ts. Reads the bytes in place,
// allocates nothing.

// The state of the hash in progress: module globals so the round can be one inlined function
// (wasm runs one callback at a time, and sipHash24 never calls out mid-hash).
let v0: u64 = 0;
let v1: u64 = 0;
let v2: u64 = 0;
let v3: u64 = 0;

// @ts-ignore: decorator
@inline function sipRounds(rounds: i32): void {
  for (let r = 0; r < rounds; r++) {
    v0 += v1; v1 = rotl<u64>(v1, 13); v1 ^= v0; v0 = rotl<u64>(v0, 32);
    v2 += v3; v3 = rotl<u64>(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl<u64>(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl<u64>(v1, 17); v1 ^= v2; v2 = rotl<u64>(v2, 32);
  }
}

/** Mixes one 8-byte block in (SipHash-2-4: two compression rounds). */
// @ts-ignore: decorator
@inline function absorb(m: u64): void {
  v3 ^= m;
  sipRounds(2);
  v0 ^= m;
}

/** SipHash-2-4 (64-bit output) of `length` bytes at `ptr` under the key (k0, k1). */
export function sipHash24(key0: u64, key1: u64, ptr: usize, length: i32): u64 {
  v0 = key0 ^ 0x736f6d6570736575;
  v1 = key1 ^ 0x646f72616e646f6d;
  v2 = key0 ^ 0x6c7967656e657261;
  v3 = key1 ^ 0x7465646279746573;
  const end = ptr + (<usize>length & ~(<usize>7));
  for (let p = ptr; p < end; p += 8) absorb(load<u64>(p));
  // The last block: the remaining bytes and the length's low byte on top.
  let m = <u64>(length & 0xff) << 56;
  const left = <usize>length & 7;
  for (let i: usize = 0; i < left; i++) m |= <u64>load<u8>(end + i) << (<u64>i << 3);
  absorb(m);
  v2 ^= 0xff;
  sipRounds(4);
  return v0 ^ v1 ^ v2 ^ v3;
}
