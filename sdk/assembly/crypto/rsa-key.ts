// An RSA public key checked and prepared once (Montgomery constants, scratch buffers), and the
// RSA verification primitive on it (RFC 8017 §5.2.2 RSAVP1 with OS2IP/I2OSP). The signature
// encodings build on it: rsa-pkcs1.ts and rsa-pss.ts.

import { bitLength, compareLimbs, limbsForBytes, loadBigEndian, skipLeadingZeros, storeBigEndian } from "./bignum";
import { MontgomeryModulus } from "./bignum-montgomery";

/** Smallest modulus accepted: NIST SP 800-131A disallows shorter RSA keys for signatures. */
export const RSA_MIN_BITS: i32 = 2048;
/** Largest modulus accepted: bounds the work an untrusted key can cause per verification. */
export const RSA_MAX_BITS: i32 = 4096;
export const RSA_MAX_BYTES: i32 = RSA_MAX_BITS / 8;

export class RsaPublicKey {
  /** Significant bits of the modulus. */
  readonly bits: i32;
  /** k, the modulus length in bytes: every signature must have exactly this length. */
  readonly byteLength: i32;
  private readonly modulus: MontgomeryModulus;
  /** e, big-endian without leading zeros. */
  private readonly exponent: StaticArray<u8>;
  private readonly value: StaticArray<u32>;
  private readonly encoded: Uint8Array;

  private constructor(modulus: MontgomeryModulus, bits: i32, exponent: StaticArray<u8>) {
    this.modulus = modulus;
    this.bits = bits;
    const byteLength = (bits + 7) >> 3;
    this.byteLength = byteLength;
    this.exponent = exponent;
    this.value = new StaticArray<u32>(modulus.limbs);
    this.encoded = new Uint8Array(byteLength);
  }

  /**
   * The key with modulus `n` and public exponent `e` (big-endian, leading zeros allowed), or
   * null unless 2048 <= bits(n) <= 4096, n is odd, e is odd and 3 <= e < n.
   */
  static fromModulusExponent(n: Uint8Array, e: Uint8Array): RsaPublicKey | null {
    const nStart = skipLeadingZeros(n.dataStart, n.length);
    const nBytes = n.length - nStart;
    if (nBytes < RSA_MIN_BITS / 8 || nBytes > RSA_MAX_BYTES) return null;
    const limbs = limbsForBytes(nBytes);
    const nLimbs = new StaticArray<u32>(limbs);
    loadBigEndian(changetype<usize>(nLimbs), limbs, n.dataStart + <usize>nStart, nBytes);
    const bits = bitLength(changetype<usize>(nLimbs), limbs);
    if (bits < RSA_MIN_BITS || bits > RSA_MAX_BITS) return null;

    const eStart = skipLeadingZeros(e.dataStart, e.length);
    const eBytes = e.length - eStart;
    if (eBytes == 0 || eBytes > nBytes) return null;
    const eLimbs = new StaticArray<u32>(limbs);
    loadBigEndian(changetype<usize>(eLimbs), limbs, e.dataStart + <usize>eStart, eBytes);
    const eLow = unchecked(eLimbs[0]);
    if ((eLow & 1) == 0) return null;
    if (eBytes == 1 && eLow < 3) return null;
    if (compareLimbs(changetype<usize>(eLimbs), changetype<usize>(nLimbs), limbs) >= 0) return null;

    // create() refuses an even n.
    const modulus = MontgomeryModulus.create(changetype<usize>(nLimbs), limbs);
    if (modulus === null) return null;
    const exponent = new StaticArray<u8>(eBytes);
    memory.copy(changetype<usize>(exponent), e.dataStart + <usize>eStart, eBytes);
    return new RsaPublicKey(modulus, bits, exponent);
  }

  /**
   * RSAVP1 then I2OSP: the message representative s^e mod n as k bytes, or null when the
   * signature is not exactly k bytes long or its value is not below n (RFC 8017 §5.2.2).
   * The result is a buffer owned by the key, overwritten by the next call.
   */
  recover(signature: Uint8Array): Uint8Array | null {
    if (signature.length != this.byteLength) return null;
    const m = this.modulus;
    const value = changetype<usize>(this.value);
    if (!loadBigEndian(value, m.limbs, signature.dataStart, signature.length)) return null;
    if (compareLimbs(value, m.modulus, m.limbs) >= 0) return null;
    m.powPublic(value, value, changetype<usize>(this.exponent), this.exponent.length);
    // The result is below n, so it always fits in k bytes.
    storeBigEndian(this.encoded.dataStart, this.byteLength, value, m.limbs);
    return this.encoded;
  }
}
