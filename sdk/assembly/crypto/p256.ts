// NIST P-256 (secp256r1, SEC 2 section 2.4.2 / FIPS 186-4 D.1.2.3), built on first use so
// modules that never verify ES256 pay nothing at start-up.

import { WeierstrassCurve } from "./ec-curve";

let instance: WeierstrassCurve | null = null;

export function p256(): WeierstrassCurve {
  let curve = instance;
  if (curve === null) {
    curve = new WeierstrassCurve(
      8,
      "ffffffff00000001000000000000000000000000ffffffffffffffffffffffff",
      "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
      "5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b",
      "6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296",
      "4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5",
    );
    instance = curve;
  }
  return curve;
}
