// Ed25519 signature verification (RFC 8032 section 5.1.7), for JOSE's EdDSA with crv
// "Ed25519" (RFC 8037). A public key is decoded once, with its table of multiples; each
// verification then hashes R || A || M, reduces it mod L and checks the equation.
//
// Choices (what Wycheproof's ed25519 vectors expect, and what BoringSSL and Go do):
// - S must be canonical (S < L); R is not decoded but compared byte for byte with the
//   encoding of [S]B - [k]A, so a non-canonical or invalid R encoding never verifies.
// - The cofactorless equation [S]B = R + [k]A. RFC 8032 permits it (the cofactored check
//   is "sufficient but not required"); the two differ only for signatures crafted with
//   small-order components, which no honest signer produces.
// - Public keys must be canonical encodings (y < p) of a curve point, and not one of the
//   eight points of small order: with those, R = [S]B verifies any message (libsodium
//   refuses them too). Keys with a small-order component added to a proper key are
//   accepted: honest keys never have one, and they give a third party no forgery.

import { Edwards25519, edwards25519, A_WINDOW } from "./ed25519-curve";
import { Sha512 } from "./sha512";

const KEY_LENGTH: i32 = 32;
const SIGNATURE_LENGTH: i32 = 64;

export class Ed25519PublicKey {
  /** The 32-byte encoding, hashed into every verification. */
  private readonly encoded: StaticArray<u8>;
  /** Odd multiples of A as table entries, for [k]A. */
  private readonly table: StaticArray<u32>;

  private constructor(encoded: StaticArray<u8>, table: StaticArray<u32>) {
    this.encoded = encoded;
    this.table = table;
  }

  /**
   * The key from its 32-byte encoding (JWK "x"), or null when it is not the canonical
   * encoding of a curve point, or is a point of small order (which would verify forgeries).
   */
  static fromBytes(pk: Uint8Array): Ed25519PublicKey | null {
    if (pk.length != KEY_LENGTH) return null;
    const curve = edwards25519();
    const x = new StaticArray<u32>(8);
    const y = new StaticArray<u32>(8);
    if (!curve.decode(changetype<usize>(x), changetype<usize>(y), pk.dataStart)) return null;
    if (curve.hasSmallOrder(changetype<usize>(x), changetype<usize>(y))) return null;
    const encoded = new StaticArray<u8>(KEY_LENGTH);
    memory.copy(changetype<usize>(encoded), pk.dataStart, KEY_LENGTH);
    return new Ed25519PublicKey(encoded, curve.oddMultiples(changetype<usize>(x), changetype<usize>(y), A_WINDOW));
  }

  /** For ed25519Verify, which has checked the signature length. */
  verifyRaw(curve: Edwards25519, message: Uint8Array, sig: usize): bool {
    const fl = curve.fl;
    const s = changetype<usize>(scalarS);
    const k = changetype<usize>(scalarK);
    const high = changetype<usize>(scalarHigh);
    fl.readLE(s, sig + 32);
    if (!fl.isReduced(s)) return false;
    hasher.reset();
    hasher.updateRaw(sig, 32);
    hasher.updateRaw(changetype<usize>(this.encoded), KEY_LENGTH);
    hasher.updateRaw(message.dataStart, message.length);
    hasher.digestInto(digest);
    // k = SHA-512(R || A || M) as a 512-bit little-endian integer, mod L: low + high * 2^256,
    // where toMont(high) is exactly high * 2^256 mod L.
    fl.readLE(k, digest.dataStart);
    fl.reduce(k, k);
    fl.readLE(high, digest.dataStart + 32);
    fl.toMont(high, high);
    fl.add(k, k, high);
    // [S]B - [k]A must encode to R: negating k is negating A.
    fl.neg(k, k);
    return curve.checkCombination(s, k, this.table, sig, changetype<usize>(encodedR));
  }
}

const hasher = new Sha512(false);
const digest = new Uint8Array(64);
const scalarS = new StaticArray<u32>(8);
const scalarK = new StaticArray<u32>(8);
const scalarHigh = new StaticArray<u32>(8);
const encodedR = new StaticArray<u8>(32);

/** True when `signature` (64 bytes: R || S) is a valid Ed25519 signature of `message` under `key`. */
export function ed25519Verify(key: Ed25519PublicKey, message: Uint8Array, signature: Uint8Array): bool {
  if (signature.length != SIGNATURE_LENGTH) return false;
  return key.verifyRaw(edwards25519(), message, signature.dataStart);
}
