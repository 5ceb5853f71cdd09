// SHA-512 and SHA-384 (FIPS 180-4 §6.4, §6.5): one 64-bit compression function, two sets of
// initial values, two digest lengths. Like sha256.ts, the state, block buffer and message
// schedule live in the hasher object, so hashing allocates nothing but the digest itself.

// Round constants (FIPS 180-4 §4.2.3): first 64 bits of the fractional parts of the cube
// roots of the first 80 primes.
const K: StaticArray<u64> = [
  0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
  0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
  0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
  0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
  0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
  0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
  0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
  0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
  0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
  0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
  0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
  0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
  0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
  0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
  0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
  0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
  0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
  0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
  0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
  0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
];

// Initial hash values (FIPS 180-4 §5.3.5 and §5.3.4).
const IV512: StaticArray<u64> = [
  0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
  0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
];
const IV384: StaticArray<u64> = [
  0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
  0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
];

export const SHA512_DIGEST_LENGTH: i32 = 64;
export const SHA384_DIGEST_LENGTH: i32 = 48;
export const SHA512_BLOCK_LENGTH: i32 = 128;
const BLOCK: i32 = SHA512_BLOCK_LENGTH;

/**
 * Streaming SHA-512 (or SHA-384 when `is384`). digest() finishes the hash and resets the
 * hasher, so a hasher can be reused at once and there is no "finished" state to misuse.
 */
export class Sha512 {
  private readonly state: StaticArray<u64> = new StaticArray<u64>(8);
  private readonly block: StaticArray<u8> = new StaticArray<u8>(BLOCK);
  private readonly w: StaticArray<u64> = new StaticArray<u64>(80);
  private blockLength: i32 = 0;
  // Bytes hashed so far. FIPS 180-4 allows 2^128 bits; 2^64 bytes is far beyond any request.
  private totalLength: u64 = 0;
  readonly is384: bool;

  constructor(is384: bool = false) {
    this.is384 = is384;
    this.reset();
  }

  /** Length of the digest this hasher produces: 48 for SHA-384, 64 for SHA-512. */
  get digestLength(): i32 {
    return this.is384 ? SHA384_DIGEST_LENGTH : SHA512_DIGEST_LENGTH;
  }

  /** Starts a new hash. */
  reset(): void {
    memory.copy(changetype<usize>(this.state), changetype<usize>(this.is384 ? IV384 : IV512), 64);
    this.blockLength = 0;
    this.totalLength = 0;
  }

  /** Continues from `other`'s state (same variant, a hash in progress); `other` is left as it was. */
  copyFrom(other: Sha512): Sha512 {
    memory.copy(changetype<usize>(this.state), changetype<usize>(other.state), 64);
    memory.copy(changetype<usize>(this.block), changetype<usize>(other.block), BLOCK);
    this.blockLength = other.blockLength;
    this.totalLength = other.totalLength;
    return this;
  }

  update(data: Uint8Array): Sha512 {
    this.updateRaw(data.dataStart, data.length);
    return this;
  }

  /** Hashes `length` bytes at `ptr`. For SDK internals that hash memory they own. */
  updateRaw(ptr: usize, length: i32): void {
    if (length <= 0) return;
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

  /**
   * Finishes the hash, writes the digest to `out` at `offset` and resets the hasher. Returns
   * false (and leaves the hash unfinished) when `out` has no room for it.
   */
  digestInto(out: Uint8Array, offset: i32 = 0): bool {
    const length = this.digestLength;
    if (offset < 0 || out.length - offset < length) return false;
    const block = changetype<usize>(this.block);
    store<u8>(block + this.blockLength, 0x80);
    this.blockLength++;
    // The message length goes in the last 16 bytes of the final block (§5.1.2).
    if (this.blockLength > BLOCK - 16) {
      memory.fill(block + this.blockLength, 0, BLOCK - this.blockLength);
      this.compress(block);
      this.blockLength = 0;
    }
    memory.fill(block + this.blockLength, 0, BLOCK - 16 - this.blockLength);
    store<u64>(block + BLOCK - 16, bswap<u64>(this.totalLength >>> 61));
    store<u64>(block + BLOCK - 8, bswap<u64>(this.totalLength << 3));
    this.compress(block);
    const dst = out.dataStart + <usize>offset;
    const words = length >> 3;
    for (let i = 0; i < words; i++) store<u64>(dst + (<usize>i << 3), bswap<u64>(unchecked(this.state[i])));
    this.reset();
    return true;
  }

  digest(): Uint8Array {
    const out = new Uint8Array(this.digestLength);
    this.digestInto(out);
    return out;
  }

  private compress(p: usize): void {
    const w = this.w;
    for (let i = 0; i < 16; i++) unchecked((w[i] = bswap<u64>(load<u64>(p + (<usize>i << 3)))));
    for (let i = 16; i < 80; i++) {
      const w15 = unchecked(w[i - 15]);
      const w2 = unchecked(w[i - 2]);
      const s0 = rotr<u64>(w15, 1) ^ rotr<u64>(w15, 8) ^ (w15 >>> 7);
      const s1 = rotr<u64>(w2, 19) ^ rotr<u64>(w2, 61) ^ (w2 >>> 6);
      unchecked((w[i] = unchecked(w[i - 16]) + s0 + unchecked(w[i - 7]) + s1));
    }
    const s = this.state;
    let a = unchecked(s[0]), b = unchecked(s[1]), c = unchecked(s[2]), d = unchecked(s[3]);
    let e = unchecked(s[4]), f = unchecked(s[5]), g = unchecked(s[6]), h = unchecked(s[7]);
    for (let i = 0; i < 80; i++) {
      const S1 = rotr<u64>(e, 14) ^ rotr<u64>(e, 18) ^ rotr<u64>(e, 41);
      const ch = (e & f) ^ (~e & g);
      const t1 = h + S1 + ch + unchecked(K[i]) + unchecked(w[i]);
      const S0 = rotr<u64>(a, 28) ^ rotr<u64>(a, 34) ^ rotr<u64>(a, 39);
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

// One shared hasher per variant for the one-shot helpers: wasm runs one callback at a time.
const shared512 = new Sha512(false);
const shared384 = new Sha512(true);

/** SHA-512 of `data` (64 bytes). */
export function sha512(data: Uint8Array): Uint8Array {
  return shared512.update(data).digest();
}

/** SHA-384 of `data` (48 bytes). */
export function sha384(data: Uint8Array): Uint8Array {
  return shared384.update(data).digest();
}
