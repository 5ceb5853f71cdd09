// Signature verification: the one place that maps a JWS algorithm onto the SDK's crypto.
// The key's type was matched to the algorithm when the key was chosen (VerifyKey.fits).

import { rsaPkcs1v15Verify, rsaPssVerify } from "../../../sdk/assembly/crypto/rsa";
import { ecdsaVerify } from "../../../sdk/assembly/crypto/ec";
import { ed25519Verify } from "../../../sdk/assembly/crypto/ed25519";
import { Alg, KeyKind, hashFor, hashLength, isPss } from "./algorithms";
import { VerifyKey } from "./keys";

export function verifySignature(key: VerifyKey, alg: Alg, signingInput: Uint8Array, signature: Uint8Array): bool {
  if (!key.fits(alg)) return false;
  switch (key.kind) {
    case KeyKind.Oct: {
      // RFC 7518 §3.2: an HMAC key must be at least as long as the hash output.
      if (key.secret!.length < hashLength(alg)) return false;
      // The key schedule was computed when the key was parsed; the tag is compared in constant time.
      const hmac = key.hmacKey(hashFor(alg));
      return hmac !== null && hmac.verify(signingInput, signature);
    }
    case KeyKind.Rsa: {
      const rsa = key.rsa!;
      // RFC 7518 §3.5: the PSS salt is as long as the digest.
      if (isPss(alg)) return rsaPssVerify(rsa, hashFor(alg), signingInput, signature, hashLength(alg));
      return rsaPkcs1v15Verify(rsa, hashFor(alg), signingInput, signature);
    }
    case KeyKind.EcP256:
    case KeyKind.EcP384:
      return ecdsaVerify(key.ec!, hashFor(alg), signingInput, signature);
    case KeyKind.Ed25519:
      return ed25519Verify(key.ed!, signingInput, signature);
  }
  return false;
}
