// Exposes ECDSA (P-256, P-384), strict DER and Ed25519 verification to vitest. Bytes cross as
// hex strings; a key is loaded once and then used for many verifications, as a filter does
// with its JWKS. Compiled by test/crypto/ecdsa.test.ts and
// ed25519.test.ts with the release options plus --exportRuntime.

import { Curve, EcPublicKey, ecdsaVerify } from "../../../sdk/assembly/crypto/ec";
import { derSignatureToRaw } from "../../../sdk/assembly/crypto/der";
import { Ed25519PublicKey, ed25519Verify } from "../../../sdk/assembly/crypto/ed25519";
import { HashAlg } from "../../../sdk/assembly/crypto/hash";
import { hexDecode, hexEncode } from "../../../sdk/assembly/encoding/hex";

export * from "../../../sdk/assembly/exports";

const EMPTY = new Uint8Array(0);

function bytes(hex: string): Uint8Array {
  const decoded = hexDecode(hex);
  return decoded === null ? EMPTY : decoded;
}

let ecKey: EcPublicKey | null = null;
let edKey: Ed25519PublicKey | null = null;

/** Loads the EC key used by the calls below; false when fromAffine refuses it. */
export function ecLoadKey(curve: i32, xHex: string, yHex: string): bool {
  ecKey = EcPublicKey.fromAffine(<Curve>curve, bytes(xHex), bytes(yHex));
  return ecKey !== null;
}

export function ecVerifyRaw(alg: i32, messageHex: string, signatureHex: string): bool {
  const key = ecKey;
  return key !== null && ecdsaVerify(key, <HashAlg>alg, bytes(messageHex), bytes(signatureHex));
}

/** Verifies a DER signature the way a DER consumer would: strict decode, then raw verify. */
export function ecVerifyDer(alg: i32, messageHex: string, derHex: string): bool {
  const key = ecKey;
  if (key === null) return false;
  const raw = derSignatureToRaw(bytes(derHex), key.curve == Curve.P256 ? 32 : 48);
  return raw !== null && ecdsaVerify(key, <HashAlg>alg, bytes(messageHex), raw);
}

/** Hex of the raw form, or "null". */
export function derToRaw(derHex: string, scalarBytes: i32): string {
  const raw = derSignatureToRaw(bytes(derHex), scalarBytes);
  return raw === null ? "null" : hexEncode(raw);
}

export function edLoadKey(publicKeyHex: string): bool {
  edKey = Ed25519PublicKey.fromBytes(bytes(publicKeyHex));
  return edKey !== null;
}

export function edVerify(messageHex: string, signatureHex: string): bool {
  const key = edKey;
  return key !== null && ed25519Verify(key, bytes(messageHex), bytes(signatureHex));
}
