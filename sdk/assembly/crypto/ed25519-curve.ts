// The twisted Edwards curve edwards25519 (-x^2 + y^2 = 1 + d x^2 y^2 over 2^255 - 19, RFC 8032
// section 5.1): point decoding and encoding, tables of odd multiples, and [s]B + [k]P by
// interleaved wNAF, which is what Ed25519 verification needs.
//
// The running point is in extended coordinates (x = X/Z, y = Y/Z, T = XY/Z), whose addition
// and doubling formulas (Hisil-Wong-Carter-Dawson 2008, a = -1) are complete: no exceptional
// cases, the identity (0, 1) included. Table points are affine, stored as (y+x, y-x, 2dxy)
// so an addition costs 7 multiplications. Every temporary lives in buffers allocated with
// the curve; inputs are public, so branching on them is fine.

import { MontField, limbsFromHex } from "./ec-field";
import { wnaf, wnafLength } from "./ec-wnaf";

const LIMBS: i32 = 8;
const SIZE: usize = 32;
/** wNAF width for the base point B: its table is built once. */
const B_WINDOW: i32 = 7;
/** wNAF width for a public key: its table is built once per key. */
export const A_WINDOW: i32 = 5;
const TEMPS: i32 = 12;
const NIELS: usize = 3 * SIZE; // one table entry: y+x, y-x, 2dxy

export class Edwards25519 {
  readonly fp: MontField = new MontField(limbsFromHex("7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed", LIMBS));
  /** The group order L. */
  readonly fl: MontField = new MontField(limbsFromHex("1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed", LIMBS));
  private readonly d: StaticArray<u32> = limbsFromHex("52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3", LIMBS);
  private readonly d2: StaticArray<u32> = limbsFromHex("2406d9dc56dffce7198e80f2eef3d13000e0149a8283b156ebd69b9426b2f159", LIMBS);
  private readonly sqrtM1: StaticArray<u32> = limbsFromHex("2b8324804fc1df0b2b4d00993dfbd7a72f431806ad2fe478c4ee1b274a0ea0b0", LIMBS);
  /** (p - 5) / 8, the exponent of the combined square root and division. */
  private readonly sqrtExp: StaticArray<u32> = limbsFromHex("0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd", LIMBS);
  private readonly bx: StaticArray<u32> = limbsFromHex("216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a", LIMBS);
  private readonly by: StaticArray<u32> = limbsFromHex("6666666666666666666666666666666666666666666666666666666666666658", LIMBS);
  private bTable: StaticArray<u32> | null = null;
  private readonly scratch: StaticArray<u32> = new StaticArray<u32>((4 + TEMPS) * LIMBS);
  private readonly digits1: StaticArray<u8> = new StaticArray<u8>(wnafLength(LIMBS, B_WINDOW));
  private readonly digits2: StaticArray<u8> = new StaticArray<u8>(wnafLength(LIMBS, B_WINDOW));
  private readonly X: usize;
  private readonly Y: usize;
  private readonly Z: usize;
  private readonly T: usize;

  constructor() {
    const fp = this.fp;
    fp.toMont(changetype<usize>(this.d), changetype<usize>(this.d));
    fp.toMont(changetype<usize>(this.d2), changetype<usize>(this.d2));
    fp.toMont(changetype<usize>(this.sqrtM1), changetype<usize>(this.sqrtM1));
    fp.toMont(changetype<usize>(this.bx), changetype<usize>(this.bx));
    fp.toMont(changetype<usize>(this.by), changetype<usize>(this.by));
    const base = changetype<usize>(this.scratch);
    this.X = base;
    this.Y = base + SIZE;
    this.Z = base + 2 * SIZE;
    this.T = base + 3 * SIZE;
  }

  @inline private tmp(i: i32): usize {
    return changetype<usize>(this.scratch) + (4 + <usize>i) * SIZE;
  }

  /**
   * Decodes a 32-byte point encoding (RFC 8032 section 5.1.3) into affine Montgomery-form
   * x, y. False when y >= p (non-canonical), when no x exists, or for the encoding of x = 0
   * with the sign bit set.
   */
  decode(x: usize, y: usize, src: usize): bool {
    const fp = this.fp;
    fp.readLE(y, src);
    const sign = load<u8>(src + 31) >> 7;
    store<u32>(y + 28, load<u32>(y + 28) & 0x7fffffff);
    if (!fp.isReduced(y)) return false;
    fp.toMont(y, y);
    const u = this.tmp(0), v = this.tmp(1), v3 = this.tmp(2), t = this.tmp(3);
    fp.sqr(u, y);
    fp.mul(v, u, changetype<usize>(this.d));
    fp.sub(u, u, fp.one); // u = y^2 - 1
    fp.add(v, v, fp.one); // v = d y^2 + 1
    // x = u v^3 (u v^7)^((p-5)/8): a square root of u/v when one exists.
    fp.sqr(v3, v);
    fp.mul(v3, v3, v);
    fp.sqr(t, v3);
    fp.mul(t, t, v);
    fp.mul(t, t, u);
    fp.pow(t, t, changetype<usize>(this.sqrtExp));
    fp.mul(t, t, v3);
    fp.mul(x, t, u);
    const check = this.tmp(4);
    fp.sqr(check, x);
    fp.mul(check, check, v);
    if (!fp.equal(check, u)) {
      fp.neg(u, u);
      if (!fp.equal(check, u)) return false;
      fp.mul(x, x, changetype<usize>(this.sqrtM1));
    }
    const plain = this.tmp(5);
    fp.fromMont(plain, x);
    const odd = load<u32>(plain) & 1;
    if (fp.isZero(x) && sign != 0) return false;
    if (odd != <u32>sign) fp.neg(x, x);
    return true;
  }

  /**
   * [8]P is the identity: P is one of the eight points of small order. With such a key,
   * [S]B = R + [k]A holds for R = [S]B whatever the message, so anyone could forge.
   */
  hasSmallOrder(x: usize, y: usize): bool {
    this.setAccumulator(x, y);
    this.double();
    this.double();
    this.double();
    // [8]P lies in the prime-order subgroup, whose only point with x = 0 is the identity.
    return this.fp.isZero(this.X);
  }

  /** The 32-byte encoding of the accumulator at `dst`. */
  private encodeAccumulator(dst: usize): void {
    const fp = this.fp;
    const zinv = this.tmp(0), x = this.tmp(1), y = this.tmp(2);
    fp.inv(zinv, this.Z);
    fp.mul(x, this.X, zinv);
    fp.mul(y, this.Y, zinv);
    fp.fromMont(x, x);
    fp.fromMont(y, y);
    fp.writeLE(dst, y);
    store<u8>(dst + 31, load<u8>(dst + 31) | (<u8>(load<u32>(x) & 1) << 7));
  }

  /**
   * The odd multiples P, 3P, ..., (2^(w-1) - 1)P of the affine point (x, y) as table entries
   * (y+x, y-x, 2dxy), built with one inversion for 2P and one shared by all entries.
   */
  oddMultiples(x: usize, y: usize, w: i32): StaticArray<u32> {
    const fp = this.fp;
    const count = 1 << (w - 2);
    const table = new StaticArray<u32>(count * 3 * LIMBS);
    const ext = new StaticArray<u32>(count * 4 * LIMBS);
    const prefix = new StaticArray<u32>(count * LIMBS);
    const tp = changetype<usize>(table);
    const ep = changetype<usize>(ext);
    const pp = changetype<usize>(prefix);
    const twice = this.tmp(8); // 3 consecutive temporaries: 8, 9, 10
    this.setAccumulator(x, y);
    this.double();
    this.nielsOfAccumulator(twice);
    this.setAccumulator(x, y);
    for (let i = 0; i < count; i++) {
      if (i > 0) this.addNiels(twice, false);
      const e = ep + <usize>i * 4 * SIZE;
      memory.copy(e, this.X, 4 * SIZE); // X, Y, Z, T are consecutive
      if (i == 0) fp.copy(pp, this.Z);
      else fp.mul(pp + <usize>i * SIZE, pp + <usize>(i - 1) * SIZE, this.Z);
    }
    const inv = this.tmp(0), zinv = this.tmp(1), ax = this.tmp(2), ay = this.tmp(3);
    fp.inv(inv, pp + <usize>(count - 1) * SIZE);
    for (let i = count - 1; i >= 0; i--) {
      const e = ep + <usize>i * 4 * SIZE;
      if (i > 0) {
        fp.mul(zinv, inv, pp + <usize>(i - 1) * SIZE);
        fp.mul(inv, inv, e + 2 * SIZE);
      } else {
        fp.copy(zinv, inv);
      }
      fp.mul(ax, e, zinv);
      fp.mul(ay, e + SIZE, zinv);
      this.niels(tp + <usize>i * NIELS, ax, ay);
    }
    return table;
  }

  /**
   * [s]B + [k]P == the point encoded at `expected` (32 bytes), with s, k plain scalars < L
   * and `pTable` = oddMultiples(P, A_WINDOW). Comparing encodings means only the canonical
   * encoding of the result matches.
   */
  checkCombination(s: usize, k: usize, pTable: StaticArray<u32>, expected: usize, encoded: usize): bool {
    let bTable = this.bTable;
    if (bTable === null) {
      bTable = this.oddMultiples(changetype<usize>(this.bx), changetype<usize>(this.by), B_WINDOW);
      this.bTable = bTable;
    }
    const fp = this.fp;
    const d1 = changetype<usize>(this.digits1);
    const d2 = changetype<usize>(this.digits2);
    const top = max(wnaf(d1, s, LIMBS, B_WINDOW), wnaf(d2, k, LIMBS, A_WINDOW));
    const bp = changetype<usize>(bTable);
    const pp = changetype<usize>(pTable);
    // The identity (0 : 1 : 1 : 0).
    fp.setZero(this.X);
    fp.copy(this.Y, fp.one);
    fp.copy(this.Z, fp.one);
    fp.setZero(this.T);
    for (let i = top - 1; i >= 0; i--) {
      const a = <i32>load<i8>(d1 + <usize>i);
      const b = <i32>load<i8>(d2 + <usize>i);
      // T is only read by additions: skip it when none follows this doubling.
      this.double((a | b) != 0);
      if (a != 0) this.addNiels(bp + <usize>((abs(a) - 1) >> 1) * NIELS, a < 0);
      if (b != 0) this.addNiels(pp + <usize>((abs(b) - 1) >> 1) * NIELS, b < 0);
    }
    this.encodeAccumulator(encoded);
    let diff: u32 = 0;
    for (let i: usize = 0; i < SIZE; i++) diff |= <u32>(load<u8>(encoded + i) ^ load<u8>(expected + i));
    return diff == 0;
  }

  private setAccumulator(x: usize, y: usize): void {
    const fp = this.fp;
    fp.copy(this.X, x);
    fp.copy(this.Y, y);
    fp.copy(this.Z, fp.one);
    fp.mul(this.T, x, y);
  }

  /** Table entry (y+x, y-x, 2dxy) of an affine point at `out`. */
  private niels(out: usize, x: usize, y: usize): void {
    const fp = this.fp;
    fp.add(out, y, x);
    fp.sub(out + SIZE, y, x);
    fp.mul(out + 2 * SIZE, x, y);
    fp.mul(out + 2 * SIZE, out + 2 * SIZE, changetype<usize>(this.d2));
  }

  /** Table entry of the accumulator, made affine with one inversion. */
  private nielsOfAccumulator(out: usize): void {
    const fp = this.fp;
    const zinv = this.tmp(0), x = this.tmp(1), y = this.tmp(2);
    fp.inv(zinv, this.Z);
    fp.mul(x, this.X, zinv);
    fp.mul(y, this.Y, zinv);
    this.niels(out, x, y);
  }

  /** Accumulator = 2 * accumulator (dbl-2008-hwcd, a = -1: 4M + 4S, or 3M + 4S without T). */
  private double(withT: bool = true): void {
    const fp = this.fp;
    const X = this.X, Y = this.Y, Z = this.Z, T = this.T;
    const a = this.tmp(0), b = this.tmp(1), c = this.tmp(2), e = this.tmp(3), g = this.tmp(4), h = this.tmp(5);
    fp.sqr(a, X);
    fp.sqr(b, Y);
    fp.sqr(c, Z);
    fp.add(c, c, c);
    fp.add(h, a, b);
    fp.add(e, X, Y);
    fp.sqr(e, e);
    fp.sub(e, h, e);
    fp.sub(g, a, b);
    fp.add(c, c, g); // F
    fp.mul(X, e, c);
    fp.mul(Y, g, h);
    if (withT) fp.mul(T, e, h);
    fp.mul(Z, c, g);
  }

  /** Accumulator += ±(table entry at `q`) (madd-2008-hwcd-3, a = -1: 7M). */
  private addNiels(q: usize, negate: bool): void {
    const fp = this.fp;
    const X = this.X, Y = this.Y, Z = this.Z, T = this.T;
    const a = this.tmp(0), b = this.tmp(1), c = this.tmp(2), d = this.tmp(3), e = this.tmp(4);
    // -P swaps y+x with y-x and negates 2dxy.
    const ypx = negate ? q + SIZE : q;
    const ymx = negate ? q : q + SIZE;
    fp.sub(a, Y, X);
    fp.mul(a, a, ymx);
    fp.add(b, Y, X);
    fp.mul(b, b, ypx);
    fp.mul(c, T, q + 2 * SIZE);
    fp.add(d, Z, Z);
    fp.sub(e, b, a); // E
    fp.add(b, b, a); // H
    if (negate) {
      fp.add(a, d, c); // F
      fp.sub(d, d, c); // G
    } else {
      fp.sub(a, d, c); // F
      fp.add(d, d, c); // G
    }
    fp.mul(X, e, a);
    fp.mul(Y, d, b);
    fp.mul(T, e, b);
    fp.mul(Z, a, d);
  }
}

let instance: Edwards25519 | null = null;

/** The curve, built on first use so modules that never verify EdDSA pay nothing at start-up. */
export function edwards25519(): Edwards25519 {
  let curve = instance;
  if (curve === null) {
    curve = new Edwards25519();
    instance = curve;
  }
  return curve;
}
