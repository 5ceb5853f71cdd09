// Short Weierstrass curves y^2 = x^3 - 3x + b over a prime field (the NIST curves), with what
// ECDSA verification needs: point validation, tables of odd multiples in affine form, and
// u1*G + u2*Q by interleaved wNAF (Shamir's trick: one shared chain of doublings).
//
// The running point is Jacobian (x = X/Z^2, y = Y/Z^3; Z = 0 is the point at infinity) so no
// step needs an inversion; table points are affine so each addition is the cheaper mixed one.
// Every temporary lives in one buffer allocated with the curve: verification allocates
// nothing. Inputs are public, so the code branches on them (no constant-time requirement),
// except the final comparison against r.

import { MontField, limbsFromHex } from "./ec-field";
import { wnaf, wnafLength } from "./ec-wnaf";

/** wNAF width for G: its table (2^(w-2) points) is built once per curve. */
const G_WINDOW: i32 = 7;
/** wNAF width for a public key: its table is built once per key. */
export const Q_WINDOW: i32 = 5;

const TEMPS: i32 = 12;

/** A curve constant (big-endian hex) in Montgomery form. */
function montConstant(fp: MontField, hex: string): StaticArray<u32> {
  const value = limbsFromHex(hex, fp.limbs);
  fp.toMont(changetype<usize>(value), changetype<usize>(value));
  return value;
}

export class WeierstrassCurve {
  readonly fp: MontField;
  readonly fn: MontField;
  /** Bytes of a coordinate and of a scalar (both curves here have |p| = |n|). */
  readonly byteLength: i32;
  private readonly bM: StaticArray<u32>;
  private readonly gx: StaticArray<u32>;
  private readonly gy: StaticArray<u32>;
  private gTable: StaticArray<u32> | null = null;
  private readonly scratch: StaticArray<u32>;
  private readonly digits1: StaticArray<u8>;
  private readonly digits2: StaticArray<u8>;
  // Accumulator and temporaries: pointers into `scratch`.
  private readonly X: usize;
  private readonly Y: usize;
  private readonly Z: usize;
  private readonly t: usize;

  constructor(limbs: i32, p: string, n: string, b: string, gx: string, gy: string) {
    const fp = new MontField(limbsFromHex(p, limbs));
    this.fp = fp;
    this.fn = new MontField(limbsFromHex(n, limbs));
    this.byteLength = limbs << 2;
    this.bM = montConstant(fp, b);
    this.gx = montConstant(fp, gx);
    this.gy = montConstant(fp, gy);
    const scratch = new StaticArray<u32>((3 + TEMPS) * limbs);
    this.scratch = scratch;
    const base = changetype<usize>(scratch);
    const size = <usize>limbs << 2;
    this.X = base;
    this.Y = base + size;
    this.Z = base + 2 * size;
    this.t = base + 3 * size;
    this.digits1 = new StaticArray<u8>(wnafLength(limbs, max(G_WINDOW, Q_WINDOW)));
    this.digits2 = new StaticArray<u8>(wnafLength(limbs, max(G_WINDOW, Q_WINDOW)));
  }

  /** Temporary number i (0 <= i < TEMPS). */
  @inline private tmp(i: i32): usize {
    return this.t + ((<usize>i * <usize>this.fp.limbs) << 2);
  }

  /** y^2 == x^3 - 3x + b, coordinates in Montgomery form. */
  isOnCurve(x: usize, y: usize): bool {
    const fp = this.fp;
    const lhs = this.tmp(0);
    const rhs = this.tmp(1);
    const three = this.tmp(2);
    fp.sqr(lhs, y);
    fp.sqr(rhs, x);
    fp.mul(rhs, rhs, x);
    fp.add(three, x, x);
    fp.add(three, three, x);
    fp.sub(rhs, rhs, three);
    fp.add(rhs, rhs, changetype<usize>(this.bM));
    return fp.equal(lhs, rhs);
  }

  /**
   * Reads big-endian coordinates (byteLength bytes each) into Montgomery form at `x`, `y`.
   * False unless both are < p and the point is on the curve (which excludes infinity, as it
   * has no affine coordinates; the curves have prime order, so it is then in the group).
   */
  decodeAffine(x: usize, y: usize, xBytes: usize, yBytes: usize): bool {
    const fp = this.fp;
    fp.readBE(x, xBytes);
    fp.readBE(y, yBytes);
    if (!fp.isReduced(x) || !fp.isReduced(y)) return false;
    fp.toMont(x, x);
    fp.toMont(y, y);
    return this.isOnCurve(x, y);
  }

  /**
   * The odd multiples P, 3P, ..., (2^(w-1) - 1)P of an affine point (Montgomery coordinates),
   * as affine points laid out x then y, `limbs` limbs each. Built with one inversion for 2P
   * and one shared (Montgomery's trick) for the rest.
   */
  oddMultiples(x: usize, y: usize, w: i32): StaticArray<u32> {
    const fp = this.fp;
    const n = fp.limbs;
    const size = <usize>n << 2;
    const count = 1 << (w - 2);
    const table = new StaticArray<u32>(count * 2 * n);
    const jac = new StaticArray<u32>(count * 3 * n);
    const prefix = new StaticArray<u32>(count * n);
    const tp = changetype<usize>(table);
    const jp = changetype<usize>(jac);
    const pp = changetype<usize>(prefix);
    // 2P, made affine so the chain below uses mixed additions.
    this.setAccumulator(x, y);
    this.double();
    const dx = this.tmp(10);
    const dy = this.tmp(11);
    this.toAffine(dx, dy);
    this.setAccumulator(x, y);
    for (let i = 0; i < count; i++) {
      if (i > 0) this.addAffine(dx, dy, false);
      const e = jp + <usize>i * 3 * size;
      fp.copy(e, this.X);
      fp.copy(e + size, this.Y);
      fp.copy(e + 2 * size, this.Z);
      if (i == 0) fp.copy(pp, this.Z);
      else fp.mul(pp + <usize>i * size, pp + <usize>(i - 1) * size, this.Z);
    }
    // Odd multiples below the group order are never infinity, so every Z is invertible.
    const inv = this.tmp(0);
    const zinv = this.tmp(1);
    const zz = this.tmp(2);
    fp.inv(inv, pp + <usize>(count - 1) * size);
    for (let i = count - 1; i >= 0; i--) {
      const e = jp + <usize>i * 3 * size;
      if (i > 0) {
        fp.mul(zinv, inv, pp + <usize>(i - 1) * size);
        fp.mul(inv, inv, e + 2 * size);
      } else {
        fp.copy(zinv, inv);
      }
      const out = tp + <usize>i * 2 * size;
      fp.sqr(zz, zinv);
      fp.mul(out, e, zz);
      fp.mul(zz, zz, zinv);
      fp.mul(out + size, e + size, zz);
    }
    return table;
  }

  /**
   * Verifies the ECDSA equation: x(u1*G + u2*Q) mod n == r. `u1`, `u2`, `r` are plain
   * scalars (< n, r >= 1); `qTable` is oddMultiples(Q, Q_WINDOW).
   */
  verifyCombination(u1: usize, u2: usize, qTable: StaticArray<u32>, r: usize): bool {
    this.mulAdd(u1, u2, qTable);
    return this.xMatches(r);
  }

  /** Accumulator = u1*G + u2*Q, plain scalars. */
  private mulAdd(u1: usize, u2: usize, qTable: StaticArray<u32>): void {
    let gTable = this.gTable;
    if (gTable === null) {
      gTable = this.oddMultiples(changetype<usize>(this.gx), changetype<usize>(this.gy), G_WINDOW);
      this.gTable = gTable;
    }
    const fp = this.fp;
    const n = fp.limbs;
    const size = <usize>n << 2;
    const d1 = changetype<usize>(this.digits1);
    const d2 = changetype<usize>(this.digits2);
    const top = max(wnaf(d1, u1, n, G_WINDOW), wnaf(d2, u2, n, Q_WINDOW));
    const gp = changetype<usize>(gTable);
    const qp = changetype<usize>(qTable);
    fp.setZero(this.Z);
    for (let i = top - 1; i >= 0; i--) {
      if (!fp.isZero(this.Z)) this.double();
      const a = <i32>load<i8>(d1 + <usize>i);
      if (a != 0) {
        const e = gp + <usize>((abs(a) - 1) >> 1) * 2 * size;
        this.addAffine(e, e + size, a < 0);
      }
      const b = <i32>load<i8>(d2 + <usize>i);
      if (b != 0) {
        const e = qp + <usize>((abs(b) - 1) >> 1) * 2 * size;
        this.addAffine(e, e + size, b < 0);
      }
    }
  }

  /**
   * x(accumulator) mod n == r without an inversion: x = X/Z^2 is compared as X == r*Z^2, and
   * also as X == (r+n)*Z^2 when r+n < p (x in [n, p) reduces to r). Each comparison runs in
   * constant time; whether the second is needed depends only on the public r.
   */
  private xMatches(r: usize): bool {
    const fp = this.fp;
    if (fp.isZero(this.Z)) return false;
    const zz = this.tmp(0);
    const cand = this.tmp(1);
    const prod = this.tmp(2);
    fp.sqr(zz, this.Z);
    fp.toMont(cand, r);
    fp.mul(prod, cand, zz);
    let ok = fp.equal(prod, this.X);
    const n = fp.limbs;
    const order = this.fn.m;
    let carry: u64 = 0;
    for (let i = 0; i < n; i++) {
      const s = <u64>load<u32>(r + (<usize>i << 2)) + <u64>load<u32>(order + (<usize>i << 2)) + carry;
      store<u32>(cand + (<usize>i << 2), <u32>s);
      carry = s >> 32;
    }
    if (carry == 0 && fp.isReduced(cand)) {
      fp.toMont(cand, cand);
      fp.mul(prod, cand, zz);
      ok = ok | fp.equal(prod, this.X);
    }
    return ok;
  }

  private setAccumulator(x: usize, y: usize): void {
    this.fp.copy(this.X, x);
    this.fp.copy(this.Y, y);
    this.fp.copy(this.Z, this.fp.one);
  }

  /** Affine coordinates of the accumulator (which must not be infinity). */
  private toAffine(x: usize, y: usize): void {
    const fp = this.fp;
    const zinv = this.tmp(0);
    const zz = this.tmp(1);
    fp.inv(zinv, this.Z);
    fp.sqr(zz, zinv);
    fp.mul(x, this.X, zz);
    fp.mul(zz, zz, zinv);
    fp.mul(y, this.Y, zz);
  }

  /** Accumulator = 2 * accumulator (dbl-2001-b, a = -3: 3M + 5S). */
  private double(): void {
    const fp = this.fp;
    const X = this.X, Y = this.Y, Z = this.Z;
    const delta = this.tmp(0), gamma = this.tmp(1), beta = this.tmp(2);
    const alpha = this.tmp(3), t = this.tmp(4), u = this.tmp(5);
    fp.sqr(delta, Z);
    fp.sqr(gamma, Y);
    fp.mul(beta, X, gamma);
    fp.sub(t, X, delta);
    fp.add(u, X, delta);
    fp.mul(t, t, u);
    fp.add(alpha, t, t);
    fp.add(alpha, alpha, t); // 3(X - delta)(X + delta)
    // Z3 = (Y + Z)^2 - gamma - delta, before Y is overwritten.
    fp.add(t, Y, Z);
    fp.sqr(t, t);
    fp.sub(t, t, gamma);
    fp.sub(Z, t, delta);
    // X3 = alpha^2 - 8 beta
    fp.add(beta, beta, beta);
    fp.add(beta, beta, beta); // 4 beta
    fp.sqr(t, alpha);
    fp.add(u, beta, beta);
    fp.sub(X, t, u);
    // Y3 = alpha (4 beta - X3) - 8 gamma^2
    fp.sub(beta, beta, X);
    fp.mul(beta, beta, alpha);
    fp.sqr(gamma, gamma);
    fp.add(gamma, gamma, gamma);
    fp.add(gamma, gamma, gamma);
    fp.add(gamma, gamma, gamma);
    fp.sub(Y, beta, gamma);
  }

  /**
   * Accumulator += (x2, ±y2) (madd-2007-bl: 7M + 4S), handling the exceptional cases the
   * formula does not: infinity on the left, equal points (doubling), opposite points.
   */
  private addAffine(x2: usize, y2In: usize, negate: bool): void {
    const fp = this.fp;
    const X = this.X, Y = this.Y, Z = this.Z;
    let y2 = y2In;
    if (negate) {
      y2 = this.tmp(7);
      fp.neg(y2, y2In);
    }
    if (fp.isZero(Z)) {
      fp.copy(X, x2);
      fp.copy(Y, y2);
      fp.copy(Z, fp.one);
      return;
    }
    const z1z1 = this.tmp(0), h = this.tmp(1), r = this.tmp(2);
    const hh = this.tmp(3), i4 = this.tmp(4), j = this.tmp(5), v = this.tmp(6);
    fp.sqr(z1z1, Z);
    fp.mul(h, x2, z1z1); // U2
    fp.mul(r, y2, Z);
    fp.mul(r, r, z1z1); // S2
    fp.sub(h, h, X); // H = U2 - X1
    fp.sub(r, r, Y); // S2 - Y1
    if (fp.isZero(h)) {
      if (fp.isZero(r)) this.double();
      else fp.setZero(Z);
      return;
    }
    fp.add(r, r, r);
    fp.sqr(hh, h);
    fp.add(i4, hh, hh);
    fp.add(i4, i4, i4);
    fp.mul(j, h, i4);
    fp.mul(v, X, i4);
    // Z3 = (Z1 + H)^2 - Z1Z1 - HH, while Z1 is intact.
    fp.add(Z, Z, h);
    fp.sqr(Z, Z);
    fp.sub(Z, Z, z1z1);
    fp.sub(Z, Z, hh);
    // X3 = r^2 - J - 2V
    fp.sqr(X, r);
    fp.sub(X, X, j);
    fp.sub(X, X, v);
    fp.sub(X, X, v);
    // Y3 = r (V - X3) - 2 Y1 J
    fp.sub(v, v, X);
    fp.mul(v, v, r);
    fp.mul(j, j, Y);
    fp.add(j, j, j);
    fp.sub(Y, v, j);
  }
}
