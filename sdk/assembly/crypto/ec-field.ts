// Arithmetic modulo an odd prime in Montgomery form, shared by the curve fields (P-256, P-384,
// 2^255-19) and the group orders. Elements are little-endian arrays of 32-bit limbs addressed
// by pointer, so the curve code can keep every temporary in buffers allocated once: no field
// operation allocates. Products are 64-bit (u32 x u32 + two u32 never overflows u64).
//
// Every operation returns a fully reduced value (< m), so equal residues have equal limbs and
// comparisons can work limb by limb. Outputs may alias inputs.

/** Limbs of a big-endian hex constant (exactly `limbs * 8` digits), least significant first. */
export function limbsFromHex(hex: string, limbs: i32): StaticArray<u32> {
  const out = new StaticArray<u32>(limbs);
  for (let i = 0; i < limbs; i++) {
    const start = hex.length - (i + 1) * 8;
    unchecked((out[i] = <u32>U32.parseInt(hex.substring(start, start + 8), 16)));
  }
  return out;
}

@inline function limb(p: usize, i: i32): u32 {
  return load<u32>(p + (<usize>i << 2));
}

@inline function setLimb(p: usize, i: i32, v: u32): void {
  store<u32>(p + (<usize>i << 2), v);
}

/** 2^bits mod m by modular doubling: only for the constants each field derives once. */
function powerOfTwoMod(bits: i32, modulus: StaticArray<u32>): StaticArray<u32> {
  const n = modulus.length;
  const m = changetype<usize>(modulus);
  const acc = new StaticArray<u32>(n);
  const p = changetype<usize>(acc);
  setLimb(p, 0, 1);
  for (let k = 0; k < bits; k++) {
    let carry: u32 = 0;
    for (let i = 0; i < n; i++) {
      const v = limb(p, i);
      setLimb(p, i, (v << 1) | carry);
      carry = v >>> 31;
    }
    // Subtract m when the doubled value overflowed or is >= m (it stays below 2m).
    let geq = carry != 0;
    if (!geq) {
      geq = true;
      for (let i = n - 1; i >= 0; i--) {
        if (limb(p, i) != limb(m, i)) {
          geq = limb(p, i) > limb(m, i);
          break;
        }
      }
    }
    if (geq) {
      let borrow: i64 = 0;
      for (let i = 0; i < n; i++) {
        const s = <i64>limb(p, i) - <i64>limb(m, i) + borrow;
        setLimb(p, i, <u32>s);
        borrow = s >> 32;
      }
    }
  }
  return acc;
}

/**
 * The 8-limb case of MontField.mul (P-256, 2^255-19 and their group orders), unrolled with
 * the operands and the accumulator in locals: the generic loop spends most of its time on
 * addressing and on loads and stores of the accumulator.
 */
function mul8(out: usize, a: usize, b: usize, m: usize, minv: u32): u32 {
  const a0 = <u64>load<u32>(a, 0), a1 = <u64>load<u32>(a, 4), a2 = <u64>load<u32>(a, 8), a3 = <u64>load<u32>(a, 12);
  const a4 = <u64>load<u32>(a, 16), a5 = <u64>load<u32>(a, 20), a6 = <u64>load<u32>(a, 24), a7 = <u64>load<u32>(a, 28);
  const m0 = <u64>load<u32>(m, 0), m1 = <u64>load<u32>(m, 4), m2 = <u64>load<u32>(m, 8), m3 = <u64>load<u32>(m, 12);
  const m4 = <u64>load<u32>(m, 16), m5 = <u64>load<u32>(m, 20), m6 = <u64>load<u32>(m, 24), m7 = <u64>load<u32>(m, 28);
  let t0: u64 = 0, t1: u64 = 0, t2: u64 = 0, t3: u64 = 0, t4: u64 = 0, t5: u64 = 0, t6: u64 = 0, t7: u64 = 0, t8: u64 = 0;
  for (let i: usize = 0; i < 32; i += 4) {
    const bi = <u64>load<u32>(b + i);
    let s = t0 + a0 * bi;
    let c = s >> 32;
    const q = <u64>(<u32>s * minv);
    let u = (s & 0xffffffff) + q * m0;
    let d = u >> 32;
    s = t1 + a1 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m1 + d;
    d = u >> 32;
    t0 = u & 0xffffffff;
    s = t2 + a2 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m2 + d;
    d = u >> 32;
    t1 = u & 0xffffffff;
    s = t3 + a3 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m3 + d;
    d = u >> 32;
    t2 = u & 0xffffffff;
    s = t4 + a4 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m4 + d;
    d = u >> 32;
    t3 = u & 0xffffffff;
    s = t5 + a5 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m5 + d;
    d = u >> 32;
    t4 = u & 0xffffffff;
    s = t6 + a6 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m6 + d;
    d = u >> 32;
    t5 = u & 0xffffffff;
    s = t7 + a7 * bi + c;
    c = s >> 32;
    u = (s & 0xffffffff) + q * m7 + d;
    d = u >> 32;
    t6 = u & 0xffffffff;
    s = t8 + c + d;
    t7 = s & 0xffffffff;
    t8 = s >> 32;
  }
  store<u32>(out, <u32>t0, 0);
  store<u32>(out, <u32>t1, 4);
  store<u32>(out, <u32>t2, 8);
  store<u32>(out, <u32>t3, 12);
  store<u32>(out, <u32>t4, 16);
  store<u32>(out, <u32>t5, 20);
  store<u32>(out, <u32>t6, 24);
  store<u32>(out, <u32>t7, 28);
  return <u32>t8;
}

export class MontField {
  /** Number of 32-bit limbs of an element. */
  readonly limbs: i32;
  /** The modulus, plain. */
  readonly m: usize;
  /** 1 in Montgomery form (R mod m). */
  readonly one: usize;
  // `m` and `one` are raw pointers: these references keep the arrays behind them alive.
  private readonly modulus: StaticArray<u32>;
  private readonly oneM: StaticArray<u32>;
  private readonly minv: u32; // -m^-1 mod 2^32
  private readonly r2: StaticArray<u32>; // R^2 mod m: multiplying by it enters Montgomery form
  private readonly plainOne: StaticArray<u32>; // multiplying by plain 1 leaves Montgomery form
  private readonly mMinus2: StaticArray<u32>; // the Fermat inversion exponent
  private readonly t: StaticArray<u32>; // product accumulator, limbs + 1
  private readonly powTable: StaticArray<u32>; // a^0 .. a^15 for 4-bit windows
  private readonly powAcc: StaticArray<u32>;

  constructor(modulus: StaticArray<u32>) {
    const n = modulus.length;
    this.limbs = n;
    this.modulus = modulus;
    this.m = changetype<usize>(modulus);
    // Newton's iteration doubles the correct low bits each step: 1 -> 2 -> ... -> 32 bits.
    const m0 = unchecked(modulus[0]);
    let inv: u32 = 1;
    for (let i = 0; i < 5; i++) inv *= 2 - m0 * inv;
    this.minv = 0 - inv;
    this.t = new StaticArray<u32>(n + 1);
    this.powTable = new StaticArray<u32>(16 * n);
    this.powAcc = new StaticArray<u32>(n);
    const plainOne = new StaticArray<u32>(n);
    unchecked((plainOne[0] = 1));
    this.plainOne = plainOne;
    const oneM = powerOfTwoMod(n << 5, modulus);
    this.oneM = oneM;
    this.one = changetype<usize>(oneM);
    this.r2 = powerOfTwoMod(n << 6, modulus);
    const mMinus2 = StaticArray.slice<u32>(modulus);
    unchecked((mMinus2[0] -= 2)); // m is odd and > 2: no borrow
    this.mMinus2 = mMinus2;
  }

  /** out = a * b * R^-1 mod m (a < R, b < m; the result is fully reduced). */
  mul(out: usize, a: usize, b: usize): void {
    const n = this.limbs;
    const m = this.m;
    const minv = this.minv;
    const t = changetype<usize>(this.t);
    if (n == 8) {
      const high = mul8(t, a, b, m, minv);
      this.reduceOnce(out, t, high);
      return;
    }
    memory.fill(t, 0, (<usize>n + 1) << 2);
    // Fused multiply and reduce (FIOS): one pass per limb of b, shifting t down a limb each time.
    const a0 = <u64>load<u32>(a);
    const m0 = <u64>load<u32>(m);
    const bEnd = b + (<usize>n << 2);
    const tTop = t + (<usize>n << 2);
    for (let pb = b; pb < bEnd; pb += 4) {
      const bi = <u64>load<u32>(pb);
      let s: u64 = <u64>load<u32>(t) + a0 * bi;
      let c: u64 = s >> 32;
      const q = <u64>(<u32>s * minv);
      let d: u64 = ((s & 0xffffffff) + q * m0) >> 32;
      let pa = a + 4;
      let pm = m + 4;
      for (let pt = t + 4; pt < tTop; pt += 4) {
        s = <u64>load<u32>(pt) + <u64>load<u32>(pa) * bi + c;
        c = s >> 32;
        const u = (s & 0xffffffff) + q * <u64>load<u32>(pm) + d;
        d = u >> 32;
        store<u32>(pt - 4, <u32>u);
        pa += 4;
        pm += 4;
      }
      s = <u64>load<u32>(tTop) + c + d;
      store<u32>(tTop - 4, <u32>s);
      store<u32>(tTop, <u32>(s >> 32));
    }
    // t < 2m here, so one conditional subtraction reduces it.
    this.reduceOnce(out, t, limb(t, n));
  }

  @inline sqr(out: usize, a: usize): void {
    this.mul(out, a, a);
  }

  /** out = a + b mod m. */
  add(out: usize, a: usize, b: usize): void {
    const n = this.limbs;
    let c: u64 = 0;
    for (let i = 0; i < n; i++) {
      const s = <u64>limb(a, i) + <u64>limb(b, i) + c;
      setLimb(out, i, <u32>s);
      c = s >> 32;
    }
    this.reduceOnce(out, out, <u32>c);
  }

  /** out = a - b mod m. */
  sub(out: usize, a: usize, b: usize): void {
    const n = this.limbs;
    let borrow: i64 = 0;
    for (let i = 0; i < n; i++) {
      const s = <i64>limb(a, i) - <i64>limb(b, i) + borrow;
      setLimb(out, i, <u32>s);
      borrow = s >> 32; // 0 or -1
    }
    if (borrow != 0) {
      const m = this.m;
      let c: u64 = 0;
      for (let i = 0; i < n; i++) {
        const s = <u64>limb(out, i) + <u64>limb(m, i) + c;
        setLimb(out, i, <u32>s);
        c = s >> 32;
      }
    }
  }

  /** out = -a mod m. */
  neg(out: usize, a: usize): void {
    if (this.isZero(a)) {
      this.setZero(out);
      return;
    }
    const n = this.limbs;
    const m = this.m;
    let borrow: i64 = 0;
    for (let i = 0; i < n; i++) {
      const s = <i64>limb(m, i) - <i64>limb(a, i) + borrow;
      setLimb(out, i, <u32>s);
      borrow = s >> 32;
    }
  }

  /** out = a * R mod m, for any a < R (the plain value need not be reduced). */
  @inline toMont(out: usize, a: usize): void {
    this.mul(out, a, changetype<usize>(this.r2));
  }

  /** out = a * R^-1 mod m: the plain residue of a Montgomery value. */
  @inline fromMont(out: usize, a: usize): void {
    this.mul(out, a, changetype<usize>(this.plainOne));
  }

  /** out = a mod m, plain in and out, for any a < R. */
  reduce(out: usize, a: usize): void {
    this.toMont(out, a);
    this.fromMont(out, out);
  }

  /** out = a^e (Montgomery in and out); e is a plain exponent of `limbs` limbs. */
  pow(out: usize, a: usize, e: usize): void {
    const n = this.limbs;
    const size = <usize>n << 2;
    const table = changetype<usize>(this.powTable);
    memory.copy(table, this.one, size);
    memory.copy(table + size, a, size);
    for (let i: usize = 2; i < 16; i++) this.mul(table + i * size, table + (i - 1) * size, a);
    const acc = changetype<usize>(this.powAcc);
    memory.copy(acc, this.one, size);
    for (let i = (n << 3) - 1; i >= 0; i--) {
      if (i != (n << 3) - 1) {
        this.sqr(acc, acc);
        this.sqr(acc, acc);
        this.sqr(acc, acc);
        this.sqr(acc, acc);
      }
      const nibble = (limb(e, i >> 3) >>> ((<u32>i & 7) << 2)) & 15;
      if (nibble != 0) this.mul(acc, acc, table + <usize>nibble * size);
    }
    memory.copy(out, acc, size);
  }

  /** out = a^-1 (Montgomery in and out), by Fermat; 0 maps to 0, which callers exclude. */
  @inline inv(out: usize, a: usize): void {
    this.pow(out, a, changetype<usize>(this.mMinus2));
  }

  isZero(a: usize): bool {
    let acc: u32 = 0;
    for (let i = 0, n = this.limbs; i < n; i++) acc |= limb(a, i);
    return acc == 0;
  }

  /** Equality whose time does not depend on where the values differ. */
  equal(a: usize, b: usize): bool {
    let acc: u32 = 0;
    for (let i = 0, n = this.limbs; i < n; i++) acc |= limb(a, i) ^ limb(b, i);
    return acc == 0;
  }

  /** a < m (for plain values read from the wire). */
  isReduced(a: usize): bool {
    const m = this.m;
    for (let i = this.limbs - 1; i >= 0; i--) {
      const x = limb(a, i);
      const y = limb(m, i);
      if (x != y) return x < y;
    }
    return false;
  }

  @inline copy(out: usize, a: usize): void {
    memory.copy(out, a, <usize>this.limbs << 2);
  }

  @inline setZero(out: usize): void {
    memory.fill(out, 0, <usize>this.limbs << 2);
  }

  /** Reads limbs * 4 big-endian bytes at `src` into plain limbs. */
  readBE(out: usize, src: usize): void {
    const n = this.limbs;
    for (let i = 0; i < n; i++) setLimb(out, i, bswap<u32>(load<u32>(src + ((<usize>(n - 1 - i)) << 2))));
  }

  /** Reads limbs * 4 little-endian bytes at `src` into plain limbs. */
  @inline readLE(out: usize, src: usize): void {
    memory.copy(out, src, <usize>this.limbs << 2);
  }

  /** Writes plain limbs as limbs * 4 little-endian bytes at `dst`. */
  @inline writeLE(dst: usize, a: usize): void {
    memory.copy(dst, a, <usize>this.limbs << 2);
  }

  /** out = t - m when t (with `high` as an extra top limb) is >= m, else t. */
  private reduceOnce(out: usize, t: usize, high: u32): void {
    const n = this.limbs;
    const m = this.m;
    let geq = high != 0;
    if (!geq) {
      geq = true; // equal counts as >=
      for (let i = n - 1; i >= 0; i--) {
        const x = limb(t, i);
        const y = limb(m, i);
        if (x != y) {
          geq = x > y;
          break;
        }
      }
    }
    if (geq) {
      let borrow: i64 = 0;
      for (let i = 0; i < n; i++) {
        const s = <i64>limb(t, i) - <i64>limb(m, i) + borrow;
        setLimb(out, i, <u32>s);
        borrow = s >> 32;
      }
    } else if (out != t) {
      memory.copy(out, t, <usize>n << 2);
    }
  }
}
