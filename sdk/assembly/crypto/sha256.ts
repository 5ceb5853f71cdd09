// SHA-256 (FIPS 180-4). The compression function is unrolled with the working variables and
// the message schedule in locals; the state and partial block live in the hasher object's
// preallocated buffers, so hashing allocates nothing beyond the 32-byte digest the caller asks
// for.

// Round constants (first 32 bits of the fractional parts of the cube roots of the first 64
// primes) are written into the unrolled compress() below.

export const SHA256_DIGEST_LENGTH: i32 = 32;
const BLOCK: i32 = 64;

/** Streaming SHA-256: update() any number of times, then digest() once. */
export class Sha256 {
  private readonly state: StaticArray<u32> = new StaticArray<u32>(8);
  private readonly block: StaticArray<u8> = new StaticArray<u8>(BLOCK);
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

  // Fully unrolled: the eight working variables and the 16-word message schedule window live
  // in locals (registers), not in memory; round i uses K[i] as a constant.
  private compress(p: usize): void {
    const st = changetype<usize>(this.state);
    let a = load<u32>(st, 0), b = load<u32>(st, 4), c = load<u32>(st, 8), d = load<u32>(st, 12), e = load<u32>(st, 16), f = load<u32>(st, 20), g = load<u32>(st, 24), h = load<u32>(st, 28);
    let w0 = bswap<u32>(load<u32>(p, 0));
    let w1 = bswap<u32>(load<u32>(p, 4));
    let w2 = bswap<u32>(load<u32>(p, 8));
    let w3 = bswap<u32>(load<u32>(p, 12));
    let w4 = bswap<u32>(load<u32>(p, 16));
    let w5 = bswap<u32>(load<u32>(p, 20));
    let w6 = bswap<u32>(load<u32>(p, 24));
    let w7 = bswap<u32>(load<u32>(p, 28));
    let w8 = bswap<u32>(load<u32>(p, 32));
    let w9 = bswap<u32>(load<u32>(p, 36));
    let w10 = bswap<u32>(load<u32>(p, 40));
    let w11 = bswap<u32>(load<u32>(p, 44));
    let w12 = bswap<u32>(load<u32>(p, 48));
    let w13 = bswap<u32>(load<u32>(p, 52));
    let w14 = bswap<u32>(load<u32>(p, 56));
    let w15 = bswap<u32>(load<u32>(p, 60));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0x428a2f98 + w0;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0x71374491 + w1;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0xb5c0fbcf + w2;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0xe9b5dba5 + w3;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0x3956c25b + w4;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0x59f111f1 + w5;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0x923f82a4 + w6;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0xab1c5ed5 + w7;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0xd807aa98 + w8;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0x12835b01 + w9;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0x243185be + w10;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0x550c7dc3 + w11;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0x72be5d74 + w12;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0x80deb1fe + w13;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0x9bdc06a7 + w14;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0xc19bf174 + w15;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    w0 += (rotr<u32>(w1, 7) ^ rotr<u32>(w1, 18) ^ (w1 >>> 3)) + w9 + (rotr<u32>(w14, 17) ^ rotr<u32>(w14, 19) ^ (w14 >>> 10));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0xe49b69c1 + w0;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    w1 += (rotr<u32>(w2, 7) ^ rotr<u32>(w2, 18) ^ (w2 >>> 3)) + w10 + (rotr<u32>(w15, 17) ^ rotr<u32>(w15, 19) ^ (w15 >>> 10));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0xefbe4786 + w1;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    w2 += (rotr<u32>(w3, 7) ^ rotr<u32>(w3, 18) ^ (w3 >>> 3)) + w11 + (rotr<u32>(w0, 17) ^ rotr<u32>(w0, 19) ^ (w0 >>> 10));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0x0fc19dc6 + w2;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    w3 += (rotr<u32>(w4, 7) ^ rotr<u32>(w4, 18) ^ (w4 >>> 3)) + w12 + (rotr<u32>(w1, 17) ^ rotr<u32>(w1, 19) ^ (w1 >>> 10));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0x240ca1cc + w3;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    w4 += (rotr<u32>(w5, 7) ^ rotr<u32>(w5, 18) ^ (w5 >>> 3)) + w13 + (rotr<u32>(w2, 17) ^ rotr<u32>(w2, 19) ^ (w2 >>> 10));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0x2de92c6f + w4;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    w5 += (rotr<u32>(w6, 7) ^ rotr<u32>(w6, 18) ^ (w6 >>> 3)) + w14 + (rotr<u32>(w3, 17) ^ rotr<u32>(w3, 19) ^ (w3 >>> 10));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0x4a7484aa + w5;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    w6 += (rotr<u32>(w7, 7) ^ rotr<u32>(w7, 18) ^ (w7 >>> 3)) + w15 + (rotr<u32>(w4, 17) ^ rotr<u32>(w4, 19) ^ (w4 >>> 10));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0x5cb0a9dc + w6;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    w7 += (rotr<u32>(w8, 7) ^ rotr<u32>(w8, 18) ^ (w8 >>> 3)) + w0 + (rotr<u32>(w5, 17) ^ rotr<u32>(w5, 19) ^ (w5 >>> 10));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0x76f988da + w7;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    w8 += (rotr<u32>(w9, 7) ^ rotr<u32>(w9, 18) ^ (w9 >>> 3)) + w1 + (rotr<u32>(w6, 17) ^ rotr<u32>(w6, 19) ^ (w6 >>> 10));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0x983e5152 + w8;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    w9 += (rotr<u32>(w10, 7) ^ rotr<u32>(w10, 18) ^ (w10 >>> 3)) + w2 + (rotr<u32>(w7, 17) ^ rotr<u32>(w7, 19) ^ (w7 >>> 10));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0xa831c66d + w9;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    w10 += (rotr<u32>(w11, 7) ^ rotr<u32>(w11, 18) ^ (w11 >>> 3)) + w3 + (rotr<u32>(w8, 17) ^ rotr<u32>(w8, 19) ^ (w8 >>> 10));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0xb00327c8 + w10;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    w11 += (rotr<u32>(w12, 7) ^ rotr<u32>(w12, 18) ^ (w12 >>> 3)) + w4 + (rotr<u32>(w9, 17) ^ rotr<u32>(w9, 19) ^ (w9 >>> 10));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0xbf597fc7 + w11;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    w12 += (rotr<u32>(w13, 7) ^ rotr<u32>(w13, 18) ^ (w13 >>> 3)) + w5 + (rotr<u32>(w10, 17) ^ rotr<u32>(w10, 19) ^ (w10 >>> 10));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0xc6e00bf3 + w12;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    w13 += (rotr<u32>(w14, 7) ^ rotr<u32>(w14, 18) ^ (w14 >>> 3)) + w6 + (rotr<u32>(w11, 17) ^ rotr<u32>(w11, 19) ^ (w11 >>> 10));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0xd5a79147 + w13;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    w14 += (rotr<u32>(w15, 7) ^ rotr<u32>(w15, 18) ^ (w15 >>> 3)) + w7 + (rotr<u32>(w12, 17) ^ rotr<u32>(w12, 19) ^ (w12 >>> 10));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0x06ca6351 + w14;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    w15 += (rotr<u32>(w0, 7) ^ rotr<u32>(w0, 18) ^ (w0 >>> 3)) + w8 + (rotr<u32>(w13, 17) ^ rotr<u32>(w13, 19) ^ (w13 >>> 10));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0x14292967 + w15;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    w0 += (rotr<u32>(w1, 7) ^ rotr<u32>(w1, 18) ^ (w1 >>> 3)) + w9 + (rotr<u32>(w14, 17) ^ rotr<u32>(w14, 19) ^ (w14 >>> 10));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0x27b70a85 + w0;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    w1 += (rotr<u32>(w2, 7) ^ rotr<u32>(w2, 18) ^ (w2 >>> 3)) + w10 + (rotr<u32>(w15, 17) ^ rotr<u32>(w15, 19) ^ (w15 >>> 10));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0x2e1b2138 + w1;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    w2 += (rotr<u32>(w3, 7) ^ rotr<u32>(w3, 18) ^ (w3 >>> 3)) + w11 + (rotr<u32>(w0, 17) ^ rotr<u32>(w0, 19) ^ (w0 >>> 10));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0x4d2c6dfc + w2;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    w3 += (rotr<u32>(w4, 7) ^ rotr<u32>(w4, 18) ^ (w4 >>> 3)) + w12 + (rotr<u32>(w1, 17) ^ rotr<u32>(w1, 19) ^ (w1 >>> 10));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0x53380d13 + w3;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    w4 += (rotr<u32>(w5, 7) ^ rotr<u32>(w5, 18) ^ (w5 >>> 3)) + w13 + (rotr<u32>(w2, 17) ^ rotr<u32>(w2, 19) ^ (w2 >>> 10));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0x650a7354 + w4;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    w5 += (rotr<u32>(w6, 7) ^ rotr<u32>(w6, 18) ^ (w6 >>> 3)) + w14 + (rotr<u32>(w3, 17) ^ rotr<u32>(w3, 19) ^ (w3 >>> 10));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0x766a0abb + w5;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    w6 += (rotr<u32>(w7, 7) ^ rotr<u32>(w7, 18) ^ (w7 >>> 3)) + w15 + (rotr<u32>(w4, 17) ^ rotr<u32>(w4, 19) ^ (w4 >>> 10));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0x81c2c92e + w6;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    w7 += (rotr<u32>(w8, 7) ^ rotr<u32>(w8, 18) ^ (w8 >>> 3)) + w0 + (rotr<u32>(w5, 17) ^ rotr<u32>(w5, 19) ^ (w5 >>> 10));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0x92722c85 + w7;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    w8 += (rotr<u32>(w9, 7) ^ rotr<u32>(w9, 18) ^ (w9 >>> 3)) + w1 + (rotr<u32>(w6, 17) ^ rotr<u32>(w6, 19) ^ (w6 >>> 10));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0xa2bfe8a1 + w8;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    w9 += (rotr<u32>(w10, 7) ^ rotr<u32>(w10, 18) ^ (w10 >>> 3)) + w2 + (rotr<u32>(w7, 17) ^ rotr<u32>(w7, 19) ^ (w7 >>> 10));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0xa81a664b + w9;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    w10 += (rotr<u32>(w11, 7) ^ rotr<u32>(w11, 18) ^ (w11 >>> 3)) + w3 + (rotr<u32>(w8, 17) ^ rotr<u32>(w8, 19) ^ (w8 >>> 10));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0xc24b8b70 + w10;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    w11 += (rotr<u32>(w12, 7) ^ rotr<u32>(w12, 18) ^ (w12 >>> 3)) + w4 + (rotr<u32>(w9, 17) ^ rotr<u32>(w9, 19) ^ (w9 >>> 10));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0xc76c51a3 + w11;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    w12 += (rotr<u32>(w13, 7) ^ rotr<u32>(w13, 18) ^ (w13 >>> 3)) + w5 + (rotr<u32>(w10, 17) ^ rotr<u32>(w10, 19) ^ (w10 >>> 10));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0xd192e819 + w12;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    w13 += (rotr<u32>(w14, 7) ^ rotr<u32>(w14, 18) ^ (w14 >>> 3)) + w6 + (rotr<u32>(w11, 17) ^ rotr<u32>(w11, 19) ^ (w11 >>> 10));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0xd6990624 + w13;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    w14 += (rotr<u32>(w15, 7) ^ rotr<u32>(w15, 18) ^ (w15 >>> 3)) + w7 + (rotr<u32>(w12, 17) ^ rotr<u32>(w12, 19) ^ (w12 >>> 10));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0xf40e3585 + w14;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    w15 += (rotr<u32>(w0, 7) ^ rotr<u32>(w0, 18) ^ (w0 >>> 3)) + w8 + (rotr<u32>(w13, 17) ^ rotr<u32>(w13, 19) ^ (w13 >>> 10));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0x106aa070 + w15;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    w0 += (rotr<u32>(w1, 7) ^ rotr<u32>(w1, 18) ^ (w1 >>> 3)) + w9 + (rotr<u32>(w14, 17) ^ rotr<u32>(w14, 19) ^ (w14 >>> 10));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0x19a4c116 + w0;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    w1 += (rotr<u32>(w2, 7) ^ rotr<u32>(w2, 18) ^ (w2 >>> 3)) + w10 + (rotr<u32>(w15, 17) ^ rotr<u32>(w15, 19) ^ (w15 >>> 10));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0x1e376c08 + w1;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    w2 += (rotr<u32>(w3, 7) ^ rotr<u32>(w3, 18) ^ (w3 >>> 3)) + w11 + (rotr<u32>(w0, 17) ^ rotr<u32>(w0, 19) ^ (w0 >>> 10));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0x2748774c + w2;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    w3 += (rotr<u32>(w4, 7) ^ rotr<u32>(w4, 18) ^ (w4 >>> 3)) + w12 + (rotr<u32>(w1, 17) ^ rotr<u32>(w1, 19) ^ (w1 >>> 10));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0x34b0bcb5 + w3;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    w4 += (rotr<u32>(w5, 7) ^ rotr<u32>(w5, 18) ^ (w5 >>> 3)) + w13 + (rotr<u32>(w2, 17) ^ rotr<u32>(w2, 19) ^ (w2 >>> 10));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0x391c0cb3 + w4;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    w5 += (rotr<u32>(w6, 7) ^ rotr<u32>(w6, 18) ^ (w6 >>> 3)) + w14 + (rotr<u32>(w3, 17) ^ rotr<u32>(w3, 19) ^ (w3 >>> 10));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0x4ed8aa4a + w5;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    w6 += (rotr<u32>(w7, 7) ^ rotr<u32>(w7, 18) ^ (w7 >>> 3)) + w15 + (rotr<u32>(w4, 17) ^ rotr<u32>(w4, 19) ^ (w4 >>> 10));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0x5b9cca4f + w6;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    w7 += (rotr<u32>(w8, 7) ^ rotr<u32>(w8, 18) ^ (w8 >>> 3)) + w0 + (rotr<u32>(w5, 17) ^ rotr<u32>(w5, 19) ^ (w5 >>> 10));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0x682e6ff3 + w7;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    w8 += (rotr<u32>(w9, 7) ^ rotr<u32>(w9, 18) ^ (w9 >>> 3)) + w1 + (rotr<u32>(w6, 17) ^ rotr<u32>(w6, 19) ^ (w6 >>> 10));
    h += (rotr<u32>(e, 6) ^ rotr<u32>(e, 11) ^ rotr<u32>(e, 25)) + ((e & f) ^ (~e & g)) + 0x748f82ee + w8;
    d += h;
    h += (rotr<u32>(a, 2) ^ rotr<u32>(a, 13) ^ rotr<u32>(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    w9 += (rotr<u32>(w10, 7) ^ rotr<u32>(w10, 18) ^ (w10 >>> 3)) + w2 + (rotr<u32>(w7, 17) ^ rotr<u32>(w7, 19) ^ (w7 >>> 10));
    g += (rotr<u32>(d, 6) ^ rotr<u32>(d, 11) ^ rotr<u32>(d, 25)) + ((d & e) ^ (~d & f)) + 0x78a5636f + w9;
    c += g;
    g += (rotr<u32>(h, 2) ^ rotr<u32>(h, 13) ^ rotr<u32>(h, 22)) + ((h & a) ^ (h & b) ^ (a & b));
    w10 += (rotr<u32>(w11, 7) ^ rotr<u32>(w11, 18) ^ (w11 >>> 3)) + w3 + (rotr<u32>(w8, 17) ^ rotr<u32>(w8, 19) ^ (w8 >>> 10));
    f += (rotr<u32>(c, 6) ^ rotr<u32>(c, 11) ^ rotr<u32>(c, 25)) + ((c & d) ^ (~c & e)) + 0x84c87814 + w10;
    b += f;
    f += (rotr<u32>(g, 2) ^ rotr<u32>(g, 13) ^ rotr<u32>(g, 22)) + ((g & h) ^ (g & a) ^ (h & a));
    w11 += (rotr<u32>(w12, 7) ^ rotr<u32>(w12, 18) ^ (w12 >>> 3)) + w4 + (rotr<u32>(w9, 17) ^ rotr<u32>(w9, 19) ^ (w9 >>> 10));
    e += (rotr<u32>(b, 6) ^ rotr<u32>(b, 11) ^ rotr<u32>(b, 25)) + ((b & c) ^ (~b & d)) + 0x8cc70208 + w11;
    a += e;
    e += (rotr<u32>(f, 2) ^ rotr<u32>(f, 13) ^ rotr<u32>(f, 22)) + ((f & g) ^ (f & h) ^ (g & h));
    w12 += (rotr<u32>(w13, 7) ^ rotr<u32>(w13, 18) ^ (w13 >>> 3)) + w5 + (rotr<u32>(w10, 17) ^ rotr<u32>(w10, 19) ^ (w10 >>> 10));
    d += (rotr<u32>(a, 6) ^ rotr<u32>(a, 11) ^ rotr<u32>(a, 25)) + ((a & b) ^ (~a & c)) + 0x90befffa + w12;
    h += d;
    d += (rotr<u32>(e, 2) ^ rotr<u32>(e, 13) ^ rotr<u32>(e, 22)) + ((e & f) ^ (e & g) ^ (f & g));
    w13 += (rotr<u32>(w14, 7) ^ rotr<u32>(w14, 18) ^ (w14 >>> 3)) + w6 + (rotr<u32>(w11, 17) ^ rotr<u32>(w11, 19) ^ (w11 >>> 10));
    c += (rotr<u32>(h, 6) ^ rotr<u32>(h, 11) ^ rotr<u32>(h, 25)) + ((h & a) ^ (~h & b)) + 0xa4506ceb + w13;
    g += c;
    c += (rotr<u32>(d, 2) ^ rotr<u32>(d, 13) ^ rotr<u32>(d, 22)) + ((d & e) ^ (d & f) ^ (e & f));
    w14 += (rotr<u32>(w15, 7) ^ rotr<u32>(w15, 18) ^ (w15 >>> 3)) + w7 + (rotr<u32>(w12, 17) ^ rotr<u32>(w12, 19) ^ (w12 >>> 10));
    b += (rotr<u32>(g, 6) ^ rotr<u32>(g, 11) ^ rotr<u32>(g, 25)) + ((g & h) ^ (~g & a)) + 0xbef9a3f7 + w14;
    f += b;
    b += (rotr<u32>(c, 2) ^ rotr<u32>(c, 13) ^ rotr<u32>(c, 22)) + ((c & d) ^ (c & e) ^ (d & e));
    w15 += (rotr<u32>(w0, 7) ^ rotr<u32>(w0, 18) ^ (w0 >>> 3)) + w8 + (rotr<u32>(w13, 17) ^ rotr<u32>(w13, 19) ^ (w13 >>> 10));
    a += (rotr<u32>(f, 6) ^ rotr<u32>(f, 11) ^ rotr<u32>(f, 25)) + ((f & g) ^ (~f & h)) + 0xc67178f2 + w15;
    e += a;
    a += (rotr<u32>(b, 2) ^ rotr<u32>(b, 13) ^ rotr<u32>(b, 22)) + ((b & c) ^ (b & d) ^ (c & d));
    store<u32>(st, load<u32>(st, 0) + a, 0);
    store<u32>(st, load<u32>(st, 4) + b, 4);
    store<u32>(st, load<u32>(st, 8) + c, 8);
    store<u32>(st, load<u32>(st, 12) + d, 12);
    store<u32>(st, load<u32>(st, 16) + e, 16);
    store<u32>(st, load<u32>(st, 20) + f, 20);
    store<u32>(st, load<u32>(st, 24) + g, 24);
    store<u32>(st, load<u32>(st, 28) + h, 28);
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
