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
  /** CIOS accumulator: limbs + 2 words. */
  private readonly t: StaticArray<u32>;
  private readonly base: StaticArray<u32>;
  private readonly acc: StaticArray<u32>;

  private constructor(n: StaticArray<u32>, limbs: i32) {
    this.limbs = limbs;
    this.n = n;
    this.n0inv = negInverse32(unchecked(n[0]));
    this.rr = new StaticArray<u32>(limbs);
    this.one = new StaticArray<u32>(limbs);
    unchecked((this.one[0] = 1));
    this.t = new StaticArray<u32>(limbs + 2);
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
   * CIOS: each outer step adds a·b[i] and then m·n, with m chosen so the low limb cancels
   * and the accumulator can shift down one limb.
   */
  mul(out: usize, a: usize, b: usize): void {
    const s = this.limbs;
    const n = changetype<usize>(this.n);
    const t = changetype<usize>(this.t);
    const n0inv = this.n0inv;
    const top = t + (<usize>s << 2);
    memory.fill(t, 0, <usize>(s + 2) << 2);
    for (let i = 0; i < s; i++) {
      const bi = <u64>load<u32>(b + (<usize>i << 2));
      let c: u64 = 0;
      for (let j = 0; j < s; j++) {
        const at = <usize>j << 2;
        const p = <u64>load<u32>(t + at) + <u64>load<u32>(a + at) * bi + c;
        store<u32>(t + at, <u32>p);
        c = p >> 32;
      }
      let p = <u64>load<u32>(top) + c;
      store<u32>(top, <u32>p);
      store<u32>(top, <u32>(p >> 32), 4);

      const m = <u64>(load<u32>(t) * n0inv);
      c = (<u64>load<u32>(t) + m * <u64>load<u32>(n)) >> 32;
      for (let j = 1; j < s; j++) {
        const at = <usize>j << 2;
        p = <u64>load<u32>(t + at) + m * <u64>load<u32>(n + at) + c;
        store<u32>(t + at - 4, <u32>p);
        c = p >> 32;
      }
      p = <u64>load<u32>(top) + c;
      store<u32>(top - 4, <u32>p);
      store<u32>(top, load<u32>(top, 4) + <u32>(p >> 32));
    }
    // t < 2n here, so one conditional subtraction reduces it.
    if (load<u32>(top) != 0 || compareLimbs(t, n, s) >= 0) subtractLimbs(t, t, n, s);
    memory.copy(out, t, <usize>s << 2);
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
        this.mul(acc, acc, acc);
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
    for (let i = 0; i < 5; i++) this.mul(r, r, r);
  }
}

/** -x^-1 mod 2^32 for odd x, by Newton's iteration (each step doubles the correct bits). */
function negInverse32(x: u32): u32 {
  let inv = x; // correct to 3 bits: x·x ≡ 1 (mod 8) for odd x
  for (let i = 0; i < 4; i++) inv *= 2 - x * inv;
  return 0 - inv;
}
