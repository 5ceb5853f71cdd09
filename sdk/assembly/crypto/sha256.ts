// SHA-256 (FIPS 180-4). The compression function works on fixed static memory (message
// schedule and state live in the hasher object's preallocated buffers), so hashing allocates
// nothing beyond the 32-byte digest the caller asks for.

// Round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K: StaticArray<u32> = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

export const SHA256_DIGEST_LENGTH: i32 = 32;
const BLOCK: i32 = 64;

/** Streaming SHA-256: update() any number of times, then digest() once. */
export class Sha256 {
  private readonly state: StaticArray<u32> = new StaticArray<u32>(8);
  private readonly block: StaticArray<u8> = new StaticArray<u8>(BLOCK);
  private readonly w: StaticArray<u32> = new StaticArray<u32>(64);
  private blockLength: i32 = 0;
  private totalLength: u64 = 0;
  private finished: bool = false;

  constructor() {
    this.reset();
  }

  /** Starts a new hash, so one hasher can be reused without allocating. */
  reset(): Sha256 {
    const s = this.state;
    unchecked((s[0] = 0x6a09e667));
    unchecked((s[1] = 0xbb67ae85));
    unchecked((s[2] = 0x3c6ef372));
    unchecked((s[3] = 0xa54ff53a));
    unchecked((s[4] = 0x510e527f));
    unchecked((s[5] = 0x9b05688c));
    unchecked((s[6] = 0x1f83d9ab));
    unchecked((s[7] = 0x5be0cd19));
    this.blockLength = 0;
    this.totalLength = 0;
    this.finished = false;
    return this;
  }

  /**
   * Continues from `other`'s state (a hash in progress), e.g. an HMAC key's precomputed
   * ipad/opad block; `other` is left as it was.
   */
  copyFrom(other: Sha256): Sha256 {
    memory.copy(changetype<usize>(this.state), changetype<usize>(other.state), 32);
    memory.copy(changetype<usize>(this.block), changetype<usize>(other.block), BLOCK);
    this.blockLength = other.blockLength;
    this.totalLength = other.totalLength;
    this.finished = other.finished;
    return this;
  }

  update(data: ArrayBuffer): Sha256 {
    this.updateRaw(changetype<usize>(data), data.byteLength);
    return this;
  }

  updateBytes(data: Uint8Array): Sha256 {
    this.updateRaw(data.dataStart, data.length);
    return this;
  }

  /** Hashes `length` bytes at `ptr`. For SDK internals; authors use update()/updateBytes(). */
  updateRaw(ptr: usize, length: i32): void {
    if (this.finished) abort("Sha256.update after digest; call reset() first");
    this.totalLength += <u64>length;
    const block = changetype<usize>(this.block);
    let offset = 0;
    if (this.blockLength > 0) {
      const take = min(BLOCK - this.blockLength, length);
      memory.copy(block + this.blockLength, ptr, take);
      this.blockLength += take;
      offset = take;
      if (this.blockLength < BLOCK) return;
      this.compress(block);
      this.blockLength = 0;
    }
    while (length - offset >= BLOCK) {
      this.compress(ptr + offset);
      offset += BLOCK;
    }
    const rest = length - offset;
    if (rest > 0) {
      memory.copy(block, ptr + offset, rest);
      this.blockLength = rest;
    }
  }

  /** Finishes the hash and writes the 32-byte digest to `out` (at `offset`). */
  digestInto(out: Uint8Array, offset: i32 = 0): void {
    if (out.length - offset < SHA256_DIGEST_LENGTH) abort("Sha256.digestInto: output too small");
    if (this.finished) abort("Sha256.digest called twice; call reset() first");
    const block = changetype<usize>(this.block);
    const bitLength = this.totalLength << 3;
    store<u8>(block + this.blockLength, 0x80);
    this.blockLength++;
    if (this.blockLength > BLOCK - 8) {
      memory.fill(block + this.blockLength, 0, BLOCK - this.blockLength);
      this.compress(block);
      this.blockLength = 0;
    }
    memory.fill(block + this.blockLength, 0, BLOCK - 8 - this.blockLength);
    store<u64>(block + BLOCK - 8, bswap<u64>(bitLength));
    this.compress(block);
    this.finished = true;
    const dst = out.dataStart + offset;
    for (let i = 0; i < 8; i++) store<u32>(dst + (i << 2), bswap<u32>(unchecked(this.state[i])));
  }

  digest(): Uint8Array {
    const out = new Uint8Array(SHA256_DIGEST_LENGTH);
    this.digestInto(out);
    return out;
  }

  private compress(p: usize): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) unchecked((w[i] = bswap<u32>(load<u32>(p + (i << 2)))));
    for (let i = 16; i < 64; i++) {
      const w15 = unchecked(w[i - 15]);
      const w2 = unchecked(w[i - 2]);
      const s0 = rotr<u32>(w15, 7) ^ rotr<u32>(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr<u32>(w2, 17) ^ rotr<u32>(w2, 19) ^ (w2 >>> 10);
      unchecked((w[i] = unchecked(w[i - 16]) + s0 + unchecked(w[i - 7]) + s1));
    }
    const s = this.state;
    let a = unchecked(s[0]), b = unchecked(s[1]), c = unchecked(s[2]), d = unchecked(s[3]);
    let e = unchecked(s[4]), f = unchecked(s[5]), g = unchecked(s[6]), h = unchecked(s[7]);
    for (let i = 0; i < 64; i++) {
      const S1 = rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = h + S1 + ch + unchecked(K[i]) + unchecked(w[i]);
      const S0 = rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = S0 + maj;
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    unchecked((s[0] += a));
    unchecked((s[1] += b));
    unchecked((s[2] += c));
    unchecked((s[3] += d));
    unchecked((s[4] += e));
    unchecked((s[5] += f));
    unchecked((s[6] += g));
    unchecked((s[7] += h));
  }
}

// One shared hasher for the one-shot helpers: wasm runs one callback at a time.
const shared = new Sha256();

/** SHA-256 of `data`. */
export function sha256(data: ArrayBuffer): Uint8Array {
  return shared.reset().update(data).digest();
}

/** SHA-256 of the UTF-8 encoding of `text`. */
export function sha256Text(text: string): Uint8Array {
  return sha256(String.UTF8.encode(text, false));
}
