// JWK sets (RFC 7517) turned into verification keys. Parsing happens once: at configure for
// inline sets, once per fetched document for remote ones; requests only pick a parsed key.
// Header parameters that carry key material (jwk, jku, x5u, x5c) are never consulted: the only
// keys are the provider's own.

import { JsonValue } from "../../../sdk/assembly/json";
import { base64urlDecode } from "../../../sdk/assembly/encoding/base64url";
import { RsaPublicKey } from "../../../sdk/assembly/crypto/rsa";
import { Curve, EcPublicKey } from "../../../sdk/assembly/crypto/ec";
import { Ed25519PublicKey } from "../../../sdk/assembly/crypto/ed25519";
import { HashAlg, digestLength } from "../../../sdk/assembly/crypto/hash";
import { HmacKey } from "../../../sdk/assembly/crypto/hmac";
import { Alg, KeyKind, algByName, keyKindFor } from "./algorithms";

export const MAX_KEYS = 64;
export const MAX_KID = 256;
/** HS256's digest size: RFC 7518 §3.2 forbids shorter HMAC keys for every HS* algorithm. */
const MIN_OCT_BYTES = 32;
const MAX_OCT_BYTES = 512;

export class VerifyKey {
  /**
   * For an oct key: its HMAC key schedule per HashAlg (index = HashAlg), computed once here
   * rather than per token; null for a hash whose digest is longer than the key (RFC 7518 §3.2
   * forbids such use).
   */
  private readonly hmacKeys: StaticArray<HmacKey | null> | null;

  constructor(
    public readonly kind: KeyKind,
    /** "" when the JWK has no kid. */
    public readonly kid: string,
    /** The JWK's `alg`; Unknown = any algorithm of the key's type. */
    public readonly alg: Alg,
    public readonly secret: Uint8Array | null,
    public readonly rsa: RsaPublicKey | null,
    public readonly ec: EcPublicKey | null,
    public readonly ed: Ed25519PublicKey | null,
  ) {
    if (secret === null) {
      this.hmacKeys = null;
    } else {
      const keys = new StaticArray<HmacKey | null>(3);
      for (let h = 0; h < 3; h++) {
        if (secret.length >= digestLength(<HashAlg>h)) unchecked((keys[h] = HmacKey.create(<HashAlg>h, secret)));
      }
      this.hmacKeys = keys;
    }
  }

  /** The prepared HMAC key for `hash`, or null (not an oct key, or too short for it). */
  hmacKey(hash: HashAlg): HmacKey | null {
    const keys = this.hmacKeys;
    if (keys === null || <i32>hash < 0 || <i32>hash > 2) return null;
    return unchecked(keys[<i32>hash]);
  }

  /** Whether this key may verify a token signed with `alg`. */
  fits(alg: Alg): bool {
    if (keyKindFor(alg) != this.kind) return false;
    return this.alg == Alg.Unknown || this.alg == alg;
  }
}

export class KeySet {
  constructor(public readonly keys: VerifyKey[]) {}
}

/** One key's outcome: `key`, or `error` saying why it cannot be used. */
class KeyResult {
  constructor(public readonly key: VerifyKey | null, public readonly error: string) {}
}

export class JwksResult {
  constructor(
    public readonly keys: KeySet | null,
    public readonly error: string,
    /** Keys left out of a remote set, with the reason (for the log). */
    public readonly skipped: string[],
  ) {}
}

function keyError(message: string): KeyResult {
  return new KeyResult(null, message);
}

function member(jwk: JsonValue, name: string): string | null {
  const v = jwk.get(name);
  return v !== null && v.isString ? v.stringValue : null;
}

function decodeMember(jwk: JsonValue, name: string): Uint8Array | null {
  const text = member(jwk, name);
  return text === null ? null : base64urlDecode(text);
}

function parseRsa(jwk: JsonValue): KeyResult {
  const n = decodeMember(jwk, "n");
  const e = decodeMember(jwk, "e");
  if (n === null || e === null) return keyError("RSA key needs \"n\" and \"e\" as base64url strings");
  if (jwk.has("d") || jwk.has("p")) return keyError("contains private key material; configure public keys only");
  const key = RsaPublicKey.fromModulusExponent(n, e);
  if (key === null) return keyError("invalid RSA public key (the modulus must be 2048 to 4096 bits, e odd, 3 <= e < n)");
  return new KeyResult(new VerifyKey(KeyKind.Rsa, "", Alg.Unknown, null, key, null, null), "");
}

function parseEc(jwk: JsonValue): KeyResult {
  const crv = member(jwk, "crv");
  let curve: Curve;
  let kind: KeyKind;
  let size: i32;
  if (crv == "P-256") {
    curve = Curve.P256;
    kind = KeyKind.EcP256;
    size = 32;
  } else if (crv == "P-384") {
    curve = Curve.P384;
    kind = KeyKind.EcP384;
    size = 48;
  } else {
    return keyError("unsupported EC curve (allowed: P-256, P-384)");
  }
  if (jwk.has("d")) return keyError("contains private key material; configure public keys only");
  const x = decodeMember(jwk, "x");
  const y = decodeMember(jwk, "y");
  if (x === null || y === null || x.length != size || y.length != size) return keyError("EC key needs \"x\" and \"y\" of " + size.toString() + " bytes each, base64url");
  const key = EcPublicKey.fromAffine(curve, x, y);
  if (key === null) return keyError("EC point is not on the curve");
  return new KeyResult(new VerifyKey(kind, "", Alg.Unknown, null, null, key, null), "");
}

function parseOkp(jwk: JsonValue): KeyResult {
  if (member(jwk, "crv") != "Ed25519") return keyError("unsupported OKP curve (allowed: Ed25519)");
  if (jwk.has("d")) return keyError("contains private key material; configure public keys only");
  const x = decodeMember(jwk, "x");
  if (x === null || x.length != 32) return keyError("Ed25519 key needs \"x\" of 32 bytes, base64url");
  const key = Ed25519PublicKey.fromBytes(x);
  if (key === null) return keyError("invalid Ed25519 public key");
  return new KeyResult(new VerifyKey(KeyKind.Ed25519, "", Alg.Unknown, null, null, null, key), "");
}

function parseOct(jwk: JsonValue): KeyResult {
  const k = decodeMember(jwk, "k");
  if (k === null) return keyError("oct key needs \"k\" as a base64url string");
  if (k.length < MIN_OCT_BYTES || k.length > MAX_OCT_BYTES) return keyError("oct key must be 32 to 512 bytes");
  return new KeyResult(new VerifyKey(KeyKind.Oct, "", Alg.Unknown, k, null, null, null), "");
}

function parseKey(jwk: JsonValue, allowSymmetric: bool): KeyResult {
  if (!jwk.isObject) return keyError("expected a JWK object");
  const kty = member(jwk, "kty");
  if (kty === null) return keyError("\"kty\" is required");

  const use = jwk.get("use");
  if (use !== null && (!use.isString || use.stringValue != "sig")) return keyError("\"use\" is not \"sig\"");
  const ops = jwk.get("key_ops");
  if (ops !== null) {
    let verify = false;
    if (ops.isArray) for (let i = 0; i < ops.length; i++) {
      const op = ops.at(i)!;
      if (op.isString && op.stringValue == "verify") verify = true;
    }
    if (!verify) return keyError("\"key_ops\" does not include \"verify\"");
  }
  let alg = Alg.Unknown;
  const algValue = jwk.get("alg");
  if (algValue !== null) {
    alg = algValue.isString ? algByName(algValue.stringValue) : Alg.Unknown;
    if (alg == Alg.Unknown) return keyError("unsupported \"alg\"");
  }
  let kid = "";
  const kidValue = jwk.get("kid");
  if (kidValue !== null) {
    if (!kidValue.isString || kidValue.stringValue.length == 0 || kidValue.stringValue.length > MAX_KID) return keyError("\"kid\" must be a string of 1 to 256 characters");
    kid = kidValue.stringValue;
  }

  let parsed: KeyResult;
  if (kty == "RSA") parsed = parseRsa(jwk);
  else if (kty == "EC") parsed = parseEc(jwk);
  else if (kty == "OKP") parsed = parseOkp(jwk);
  else if (kty == "oct") {
    if (!allowSymmetric) return keyError("symmetric (oct) keys are only accepted inline, never from a remote JWKS");
    parsed = parseOct(jwk);
  } else return keyError("unsupported \"kty\" (allowed: RSA, EC, OKP, oct)");
  const base = parsed.key;
  if (base === null) return parsed;
  if (alg != Alg.Unknown && keyKindFor(alg) != base.kind) return keyError("\"alg\" does not fit the key type");
  return new KeyResult(new VerifyKey(base.kind, kid, alg, base.secret, base.rsa, base.ec, base.ed), "");
}

/**
 * Parses `{"keys": [...]}`. Inline sets (`strict`) must be wholly valid: any bad key is a
 * configuration error. Remote sets skip keys we cannot use (IdPs publish encryption keys and
 * exotic types alongside signing keys) but must yield at least one.
 */
export function parseJwks(doc: JsonValue, strict: bool): JwksResult {
  const skipped = new Array<string>();
  if (!doc.isObject) return new JwksResult(null, "expected a JWK set object {\"keys\": [...]}", skipped);
  const list = doc.get("keys");
  if (list === null || !list.isArray) return new JwksResult(null, "\"keys\" must be an array of JWKs", skipped);
  if (list.length == 0) return new JwksResult(null, "\"keys\" is empty", skipped);
  if (list.length > MAX_KEYS) return new JwksResult(null, "more than " + MAX_KEYS.toString() + " keys", skipped);
  const keys = new Array<VerifyKey>();
  for (let i = 0; i < list.length; i++) {
    const result = parseKey(list.at(i)!, strict);
    const key = result.key;
    if (key !== null) {
      keys.push(key);
      continue;
    }
    const message = "keys[" + i.toString() + "]: " + result.error;
    if (strict) return new JwksResult(null, message, skipped);
    skipped.push(message);
  }
  if (keys.length == 0) return new JwksResult(null, "no usable signing key (" + skipped.join("; ") + ")", skipped);
  return new JwksResult(new KeySet(keys), "", skipped);
}
