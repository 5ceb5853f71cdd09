// The JWS algorithms we verify (RFC 7518 §3, RFC 8037 for EdDSA), the key type each one
// needs, and its digest. "none" is deliberately absent: it can never be named, configured
// or matched.

import { HashAlg } from "../../../sdk/assembly/crypto/hash";

export enum Alg {
  Unknown = -1,
  HS256 = 0,
  HS384,
  HS512,
  RS256,
  RS384,
  RS512,
  PS256,
  PS384,
  PS512,
  ES256,
  ES384,
  EdDSA,
}

export const ALG_COUNT: i32 = 12;

const NAMES: string[] = ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "EdDSA"];

export enum KeyKind {
  Oct,
  Rsa,
  EcP256,
  EcP384,
  Ed25519,
}

export function algByName(name: string): Alg {
  for (let i = 0; i < ALG_COUNT; i++) if (unchecked(NAMES[i]) == name) return <Alg>i;
  return Alg.Unknown;
}

export function allAlgNames(): string {
  return NAMES.join(", ");
}

/** The only key type that may verify `alg` (RFC 7518 §3.1): no cross-type use, ever. */
export function keyKindFor(alg: Alg): KeyKind {
  switch (alg) {
    case Alg.HS256: case Alg.HS384: case Alg.HS512: return KeyKind.Oct;
    case Alg.ES256: return KeyKind.EcP256;
    case Alg.ES384: return KeyKind.EcP384;
    case Alg.EdDSA: return KeyKind.Ed25519;
    default: return KeyKind.Rsa;
  }
}

export function hashFor(alg: Alg): HashAlg {
  switch (alg) {
    case Alg.HS384: case Alg.RS384: case Alg.PS384: case Alg.ES384: return HashAlg.SHA384;
    case Alg.HS512: case Alg.RS512: case Alg.PS512: return HashAlg.SHA512;
    default: return HashAlg.SHA256;
  }
}

/** Digest length in bytes: the PSS salt length (RFC 7518 §3.5) and the minimum HMAC key size (§3.2). */
export function hashLength(alg: Alg): i32 {
  const h = hashFor(alg);
  return h == HashAlg.SHA256 ? 32 : h == HashAlg.SHA384 ? 48 : 64;
}

export function isPss(alg: Alg): bool {
  return alg == Alg.PS256 || alg == Alg.PS384 || alg == Alg.PS512;
}
