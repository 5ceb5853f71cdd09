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

export class MontField {
  /** Number of 32-bit limbs of an element. */
  readonly limbs: i32;
  /** Bytes of the fixed-size encoding (limbs * 4). */
  readonly byteLength: i32;
  /** The modulus, plain. */
  readonly m: usize;
  /** 1 in Montgomery form (R mod m). */
  readonly one: usize;
  private readonly modulus: StaticArray<u32>;
  private readonly minv: u32; // -m^-1 mod 2^32
  private readonly oneM: StaticArray<u32>;
  private readonly r2: StaticArray<u32>; // R^2 mod m: multiplying by it enters Montgomery form
  private readonly plainOne: StaticArray<u32>; // multiplying by plain 1 leaves Montgomery form
  private readonly mMinus2: StaticArray<u32>; // the Fermat inversion exponent
  private readonly t: StaticArray<u32>; // product accumulator, limbs + 1
  private readonly powTable: StaticArray<u32>; // a^0 .. a^15 for 4-bit windows
  private readonly powAcc: StaticArray<u32>;

  constructor(modulus: StaticArray<u32>) {
    const n = modulus.length;
    this.limbs = n;
    this.byteLength = n << 2;
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
    this.plainOne = new StaticArray<u32>(n);
    unchecked((this.plainOne[0] = 1));
    // R mod m and R^2 mod m by modular doubling of 1: done once per field, at start-up.
    const acc = new StaticArray<u32>(n);
    unchecked((acc[0] = 1));
    const p = changetype<usize>(acc);
    const bits = n << 5;
    this.oneM = new StaticArray<u32>(n);
    for (let i = 0; i < 2 * bits; i++) {
      if (i == bits) memory.copy(changetype<usize>(this.oneM), p, <usize>n << 2);
      this.add(p, p, p);
    }
    this.r2 = acc;
    this.one = changetype<usize>(this.oneM);
    this.mMinus2 = new StaticArray<u32>(n);
    memory.copy(changetype<usize>(this.mMinus2), this.m, <usize>n << 2);
    unchecked((this.mMinus2[0] -= 2)); // m is odd and > 2: no borrow
  }

  /** out = a * b * R^-1 mod m (a < R, b < m; the result is fully reduced). */
  mul(out: usize, a: usize, b: usize): void {
    const n = this.limbs;
    const m = this.m;
    const minv = this.minv;
    const t = changetype<usize>(this.t);
    memory.fill(t, 0, (<usize>n + 1) << 2);
    // Fused multiply and reduce (FIOS): one pass per limb of b, shifting t down a limb each time.
    const a0 = <u64>limb(a, 0);
    const m0 = <u64>limb(m, 0);
    for (let i = 0; i < n; i++) {
      const bi = <u64>limb(b, i);
      let s: u64 = <u64>limb(t, 0) + a0 * bi;
      let c: u64 = s >> 32;
      const q = <u64>(<u32>s * minv);
      let d: u64 = ((s & 0xffffffff) + q * m0) >> 32;
      for (let j = 1; j < n; j++) {
        s = <u64>limb(t, j) + <u64>limb(a, j) * bi + c;
        c = s >> 32;
        const u = (s & 0xffffffff) + q * <u64>limb(m, j) + d;
        d = u >> 32;
        setLimb(t, j - 1, <u32>u);
      }
      s = <u64>limb(t, n) + c + d;
      setLimb(t, n - 1, <u32>s);
      setLimb(t, n, <u32>(s >> 32));
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

  /** out = a * R^-1 mod m: the plain residue of a Montgomery value (or a plain a < R reduced... divided by R). */
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

  /** Reads `byteLength` big-endian bytes at `src` into plain limbs. */
  readBE(out: usize, src: usize): void {
    const n = this.limbs;
    for (let i = 0; i < n; i++) setLimb(out, i, bswap<u32>(load<u32>(src + ((<usize>(n - 1 - i)) << 2))));
  }

  /** Reads `byteLength` little-endian bytes at `src` into plain limbs. */
  @inline readLE(out: usize, src: usize): void {
    memory.copy(out, src, <usize>this.limbs << 2);
  }

  /** Writes plain limbs as `byteLength` little-endian bytes at `dst`. */
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
