// Arithmetic modulo an odd n in Montgomery form (R = 2^(32·limbs)), for public-key
// operations: multiplication is CIOS (Koç, Acar, Kaliski 1996, "Analyzing and comparing
// Montgomery multiplication algorithms") with 32-bit limbs and 64-bit products. Every buffer
// the arithmetic touches is allocated once, when the modulus is set up, so an exponentiation
// allocates nothing. Not constant-time: meant for verification, where every input is public.

import { compareLimbs, doubleLimbs, subtractLimbs } from "./bignum";

export class MontgomeryModulus {
  /** Limbs in the modulus and in every operand. */
  readonly limbs: i32;
  private readonly n: StaticArray<u32>;
  /** -n^-1 mod 2^32. */
  private readonly n0inv: u32;
  /** R^2 mod n: multiplying by it moves a number into Montgomery form. */
  private readonly rr: StaticArray<u32>;
  /** The number 1, to move a number out of Montgomery form. */
  private readonly one: StaticArray<u32>;
  /** CIOS accumulator: limbs + 1 words. */
  private readonly t: StaticArray<u32>;
  /** Double-width square for sqr(): 2·limbs words. */
  private readonly wide: StaticArray<u32>;
  private readonly base: StaticArray<u32>;
  private readonly acc: StaticArray<u32>;

  private constructor(n: StaticArray<u32>, limbs: i32) {
    this.limbs = limbs;
    this.n = n;
    this.n0inv = negInverse32(unchecked(n[0]));
    this.rr = new StaticArray<u32>(limbs);
    const one = new StaticArray<u32>(limbs);
    unchecked((one[0] = 1));
    this.one = one;
    this.t = new StaticArray<u32>(limbs + 1);
    this.wide = new StaticArray<u32>(2 * limbs);
    this.base = new StaticArray<u32>(limbs);
    this.acc = new StaticArray<u32>(limbs);
    this.computeRR();
  }

  /**
   * A modulus from the `limbs` limbs at `n`, or null unless n is odd, greater than 1 and its
   * top limb is non-zero (so operands need no more limbs than the modulus).
   */
  static create(n: usize, limbs: i32): MontgomeryModulus | null {
    if (limbs <= 0) return null;
    const top = load<u32>(n + (<usize>(limbs - 1) << 2));
    const low = load<u32>(n);
    if ((low & 1) == 0 || top == 0 || (limbs == 1 && low == 1)) return null;
    const copy = new StaticArray<u32>(limbs);
    memory.copy(changetype<usize>(copy), n, <usize>limbs << 2);
    return new MontgomeryModulus(copy, limbs);
  }

  /** Pointer to the modulus limbs, for comparisons. */
  get modulus(): usize {
    return changetype<usize>(this.n);
  }

  /**
   * out = a·b·R^-1 mod n, fully reduced. a and b must be below n; out may alias either.
   * CIOS with the multiplication and reduction passes fused: each outer step adds a·b[i] and
   * m·n, with m chosen so the low limb cancels, and shifts the accumulator down one limb in
   * the same pass. The accumulator stays below 2n, so it needs limbs + 1 words.
   */
  mul(out: usize, a: usize, b: usize): void {
    const s = this.limbs;
    const n = changetype<usize>(this.n);
    const t = changetype<usize>(this.t);
    const n0inv = this.n0inv;
    const top = t + (<usize>s << 2);
    const a0 = <u64>load<u32>(a);
    const n0 = <u64>load<u32>(n);
    memory.fill(t, 0, <usize>(s + 1) << 2);
    for (let i = 0; i < s; i++) {
      const bi = <u64>load<u32>(b + (<usize>i << 2));
      let p = <u64>load<u32>(t) + a0 * bi;
      let carryMul = p >> 32;
      // Computed in u32 so it wraps mod 2^32: a u64 context would widen the product.
      const m32: u32 = <u32>p * n0inv;
      const m = <u64>m32;
      let carryRed = ((p & 0xffffffff) + m * n0) >> 32;
      // Pointers advance together; the accumulator is written one limb down.
      for (let tp = t + 4, ap = a + 4, np = n + 4; tp < top; tp += 4, ap += 4, np += 4) {
        p = <u64>load<u32>(tp) + <u64>load<u32>(ap) * bi + carryMul;
        carryMul = p >> 32;
        const q = (p & 0xffffffff) + m * <u64>load<u32>(np) + carryRed;
        carryRed = q >> 32;
        store<u32>(tp - 4, <u32>q);
      }
      p = <u64>load<u32>(top) + carryMul + carryRed;
      store<u32>(top - 4, <u32>p);
      store<u32>(top, <u32>(p >> 32));
    }
    // t < 2n here, so one conditional subtraction reduces it.
    if (load<u32>(top) != 0 || compareLimbs(t, n, s) >= 0) subtractLimbs(t, t, n, s);
    memory.copy(out, t, <usize>s << 2);
  }

  /**
   * out = a²·R^-1 mod n, fully reduced; a must be below n and out may alias it. Squaring
   * computes each cross product a[i]·a[j] once and doubles the sum (about half the
   * multiplications of mul), then reduces the double-width square limb by limb (SOS, same
   * paper). Exponentiation by a small e is nearly all squarings.
   */
  sqr(out: usize, a: usize): void {
    const s = this.limbs;
    const n = changetype<usize>(this.n);
    const w = changetype<usize>(this.wide);
    const n0inv = this.n0inv;
    memory.fill(w, 0, <usize>(2 * s) << 2);
    // Cross products, each once.
    for (let i = 0; i < s - 1; i++) {
      const ai = <u64>load<u32>(a + (<usize>i << 2));
      let c: u64 = 0;
      const end = w + (<usize>(i + s) << 2);
      for (let wp = w + (<usize>(2 * i + 1) << 2), ap = a + (<usize>(i + 1) << 2); wp < end; wp += 4, ap += 4) {
        const p = <u64>load<u32>(wp) + ai * <u64>load<u32>(ap) + c;
        store<u32>(wp, <u32>p);
        c = p >> 32;
      }
      store<u32>(end, <u32>c);
    }
    // Double them (the sum is below 2^(64·limbs - 1), so nothing is shifted out), then add
    // the squares a[i]² on the diagonal.
    let carry: u64 = 0;
    let shiftIn: u32 = 0; // top bit of the limb below, before it was doubled
    for (let i = 0; i < s; i++) {
      const lo = w + (<usize>(2 * i) << 2);
      const ai = <u64>load<u32>(a + (<usize>i << 2));
      const x0 = load<u32>(lo);
      const x1 = load<u32>(lo, 4);
      const d0 = <u64>((x0 << 1) | shiftIn);
      shiftIn = x1 >>> 31;
      const d1 = <u64>((x1 << 1) | (x0 >>> 31));
      const sq = ai * ai;
      let p = d0 + (sq & 0xffffffff) + carry;
      store<u32>(lo, <u32>p);
      p = d1 + (sq >> 32) + (p >> 32);
      store<u32>(lo, <u32>p, 4);
      carry = p >> 32;
    }
    // Montgomery reduction: clear one low limb per step by adding m·n there.
    let top: u64 = 0;
    for (let i = 0; i < s; i++) {
      const base = w + (<usize>i << 2);
      // Computed in u32 so it wraps mod 2^32: a u64 context would widen the product.
      const m32: u32 = load<u32>(base) * n0inv;
      const m = <u64>m32;
      let c: u64 = 0;
      const at = base + (<usize>s << 2);
      let tp = base;
      let np = n;
      // Two limbs per turn (the loop overhead is a large share of so small a body).
      for (const pairsEnd = base + (<usize>(s & ~1) << 2); tp < pairsEnd; tp += 8, np += 8) {
        const p0 = <u64>load<u32>(tp) + m * <u64>load<u32>(np) + c;
        store<u32>(tp, <u32>p0);
        const p1 = <u64>load<u32>(tp, 4) + m * <u64>load<u32>(np, 4) + (p0 >> 32);
        store<u32>(tp, <u32>p1, 4);
        c = p1 >> 32;
      }
      if (tp < at) {
        const p = <u64>load<u32>(tp) + m * <u64>load<u32>(np) + c;
        store<u32>(tp, <u32>p);
        c = p >> 32;
      }
      const p = <u64>load<u32>(at) + c + top;
      store<u32>(at, <u32>p);
      top = p >> 32;
    }
    // The result is the high half, below 2n: one conditional subtraction reduces it.
    const r = w + (<usize>s << 2);
    if (top != 0 || compareLimbs(r, n, s) >= 0) subtractLimbs(r, r, n, s);
    memory.copy(out, r, <usize>s << 2);
  }

  /**
   * out = base^e mod n, with e the big-endian `exponentLength` bytes at `exponent` (no
   * leading zero byte; at least 1). base must be below n. Left-to-right square-and-multiply:
   * for e = 65537 that is 16 squarings and one multiplication, plus two conversions.
   */
  powPublic(out: usize, base: usize, exponent: usize, exponentLength: i32): void {
    const x = changetype<usize>(this.base);
    const acc = changetype<usize>(this.acc);
    this.mul(x, base, changetype<usize>(this.rr));
    memory.copy(acc, x, <usize>this.limbs << 2);
    const first = <u32>load<u8>(exponent);
    // Skip the top set bit of e: acc already holds base^1.
    let bit = 30 - <i32>clz<u32>(first);
    for (let i = 0; i < exponentLength; i++) {
      const byte = <u32>load<u8>(exponent + <usize>i);
      for (; bit >= 0; bit--) {
        this.sqr(acc, acc);
        if ((byte >>> <u32>bit) & 1) this.mul(acc, acc, x);
      }
      bit = 7;
    }
    this.mul(out, acc, changetype<usize>(this.one));
  }

  /**
   * R^2 mod n without division: doubling 1 (33·limbs) times gives 2^(33·limbs) mod n, the
   * Montgomery form of 2^limbs; each Montgomery squaring doubles that exponent, so five give
   * the form of 2^(32·limbs) = R, which is R^2 mod n.
   */
  private computeRR(): void {
    const s = this.limbs;
    const r = changetype<usize>(this.rr);
    const n = changetype<usize>(this.n);
    memory.fill(r, 0, <usize>s << 2);
    store<u32>(r, 1);
    for (let i = 0, doublings = 33 * s; i < doublings; i++) {
      // r < n before doubling, so 2r < 2n and one subtraction reduces it (an overflowed top
      // bit means 2r >= 2^(32·limbs) > n, and the wrapped subtraction is still exact).
      const carry = doubleLimbs(r, s);
      if (carry != 0 || compareLimbs(r, n, s) >= 0) subtractLimbs(r, r, n, s);
    }
    for (let i = 0; i < 5; i++) this.sqr(r, r);
  }
}

/** -x^-1 mod 2^32 for odd x, by Newton's iteration (each step doubles the correct bits). */
function negInverse32(x: u32): u32 {
  let inv = x; // correct to 3 bits: x·x ≡ 1 (mod 8) for odd x
  for (let i = 0; i < 4; i++) inv *= 2 - x * inv;
  return 0 - inv;
}
