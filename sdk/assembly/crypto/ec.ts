// ECDSA signature verification (FIPS 186-4 section 6.4 / SEC 1 section 4.1.4) over P-256 and
// P-384, for JOSE's ES256 and ES384: public keys are imported once (validated, with their
// table of multiples precomputed) and each verification then only hashes, checks the
// scalars and walks the tables. Signatures are JOSE's raw r || s; der.ts converts DER.

import { WeierstrassCurve, Q_WINDOW } from "./ec-curve";
import { HashAlg, MAX_DIGEST_LENGTH, hasherFor } from "./hash";
import { p256 } from "./p256";
import { p384 } from "./p384";

export enum Curve {
  P256 = 0,
  P384 = 1,
}

function curveFor(curve: Curve): WeierstrassCurve | null {
  if (curve == Curve.P256) return p256();
  if (curve == Curve.P384) return p384();
  return null;
}

/** Bytes of a coordinate or scalar of `curve` (32, 48), or 0 for a value that is not a Curve. */
export function curveByteLength(curve: Curve): i32 {
  if (curve == Curve.P256) return 32;
  if (curve == Curve.P384) return 48;
  return 0;
}

/** The hash JOSE pairs with the curve: ES256 is P-256 with SHA-256, ES384 P-384 with SHA-384. */
function hashFor(curve: Curve): HashAlg {
  return curve == Curve.P256 ? HashAlg.SHA256 : HashAlg.SHA384;
}

// Largest limb count of a supported curve (P-384): per-call buffers are sized for it.
const MAX_LIMBS: i32 = 12;

export class EcPublicKey {
  readonly curve: Curve;
  private readonly impl: WeierstrassCurve;
  /** Odd multiples Q, 3Q, ... (affine, Montgomery form), for u2*Q. */
  private readonly table: StaticArray<u32>;

  private constructor(curve: Curve, impl: WeierstrassCurve, table: StaticArray<u32>) {
    this.curve = curve;
    this.impl = impl;
    this.table = table;
  }

  /**
   * A key from big-endian affine coordinates of exactly the curve's size (as JWK "x" / "y"),
   * or null when either is the wrong length or >= p, or the point is not on the curve.
   */
  static fromAffine(curve: Curve, x: Uint8Array, y: Uint8Array): EcPublicKey | null {
    const impl = curveFor(curve);
    if (impl === null) return null;
    const size = impl.byteLength;
    if (x.length != size || y.length != size) return null;
    const qx = new StaticArray<u32>(impl.fp.limbs);
    const qy = new StaticArray<u32>(impl.fp.limbs);
    if (!impl.decodeAffine(changetype<usize>(qx), changetype<usize>(qy), x.dataStart, y.dataStart)) return null;
    return new EcPublicKey(curve, impl, impl.oddMultiples(changetype<usize>(qx), changetype<usize>(qy), Q_WINDOW));
  }

  /** For ecdsaVerify only. */
  verifyRaw(digestPtr: usize, sigPtr: usize): bool {
    const impl = this.impl;
    const fn = impl.fn;
    const size = <usize>impl.byteLength;
    const r = changetype<usize>(scalarR);
    const s = changetype<usize>(scalarS);
    const e = changetype<usize>(scalarE);
    const w = changetype<usize>(scalarW);
    const u1 = changetype<usize>(scalarU1);
    const u2 = changetype<usize>(scalarU2);
    fn.readBE(r, sigPtr);
    fn.readBE(s, sigPtr + size);
    if (fn.isZero(r) || fn.isZero(s) || !fn.isReduced(r) || !fn.isReduced(s)) return false;
    // The digest is exactly as long as n (SHA-256 / P-256, SHA-384 / P-384), so the
    // "leftmost bits" rule keeps all of it; it may still exceed n, hence the reduction.
    fn.readBE(e, digestPtr);
    fn.reduce(e, e);
    // w = s^-1 in Montgomery form; a plain e times it through mul() is e*w plain.
    fn.toMont(w, s);
    fn.inv(w, w);
    fn.mul(u1, e, w);
    fn.mul(u2, r, w);
    return impl.verifyCombination(u1, u2, this.table, r);
  }
}

const scalarR = new StaticArray<u32>(MAX_LIMBS);
const scalarS = new StaticArray<u32>(MAX_LIMBS);
const scalarE = new StaticArray<u32>(MAX_LIMBS);
const scalarW = new StaticArray<u32>(MAX_LIMBS);
const scalarU1 = new StaticArray<u32>(MAX_LIMBS);
const scalarU2 = new StaticArray<u32>(MAX_LIMBS);
const digestBuffer = new Uint8Array(MAX_DIGEST_LENGTH);

/**
 * True when `signature` (raw r || s: 64 bytes for P-256, 96 for P-384) is a valid ECDSA
 * signature of `message` under `key`. `alg` must be the hash JOSE pairs with the key's curve
 * (SHA-256 for P-256, SHA-384 for P-384): any other pairing is refused, so a token cannot
 * pick a weaker or mismatched hash. r and s must be in [1, n-1].
 */
export function ecdsaVerify(key: EcPublicKey, alg: HashAlg, message: Uint8Array, signature: Uint8Array): bool {
  const size = curveByteLength(key.curve);
  if (size == 0 || alg != hashFor(key.curve) || signature.length != 2 * size) return false;
  const hasher = hasherFor(alg);
  if (hasher === null) return false;
  if (!hasher.update(message).finishInto(digestBuffer)) return false;
  return key.verifyRaw(digestBuffer.dataStart, signature.dataStart);
}
