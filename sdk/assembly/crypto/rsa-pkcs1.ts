// RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2). The expected encoding EMSA-PKCS1-v1_5
// (§9.2) is built from the message and compared whole with the recovered one, in constant
// time. The recovered block is never parsed: ASN.1 parsing of it is what made
// Bleichenbacher's 2006 forgery (CVE-2006-4339) and its many descendants possible.

import { constantTimeEqual } from "./constant-time";
import { HashAlg, digestLength, hasherFor } from "./hash";
import { RSA_MAX_BYTES, RsaPublicKey } from "./rsa-key";

// DER of DigestInfo up to the digest (RFC 8017 §9.2 note 1), with the NULL parameters that
// the standard requires: the legacy form without them is refused.
const PREFIX_SHA256: StaticArray<u8> = [
  0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20,
];
const PREFIX_SHA384: StaticArray<u8> = [
  0x30, 0x41, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x02, 0x05, 0x00, 0x04, 0x30,
];
const PREFIX_SHA512: StaticArray<u8> = [
  0x30, 0x51, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x03, 0x05, 0x00, 0x04, 0x40,
];

function digestInfoPrefix(alg: HashAlg): StaticArray<u8> {
  if (alg == HashAlg.SHA384) return PREFIX_SHA384;
  if (alg == HashAlg.SHA512) return PREFIX_SHA512;
  return PREFIX_SHA256;
}

const expectedBuffer = new Uint8Array(RSA_MAX_BYTES);

/**
 * True when `signature` is a valid RSASSA-PKCS1-v1_5 signature of `message` (hashed here with
 * `alg`) under `key`. A signature that is not exactly k bytes, or not below n, is refused.
 */
export function rsaPkcs1v15Verify(key: RsaPublicKey, alg: HashAlg, message: Uint8Array, signature: Uint8Array): bool {
  const h = hasherFor(alg);
  if (h === null) return false;
  const k = key.byteLength;
  const prefix = digestInfoPrefix(alg);
  const tLen = prefix.length + digestLength(alg);
  // §9.2 step 3: at least 8 bytes of 0xff padding. Always true for 2048-bit and larger keys.
  if (k < tLen + 11) return false;
  const recovered = key.recover(signature);
  if (recovered === null) return false;

  // EM = 0x00 || 0x01 || PS (0xff…) || 0x00 || DigestInfo prefix || H(message)
  const expected = expectedBuffer.subarray(0, k);
  const em = expected.dataStart;
  const psEnd = k - tLen - 1;
  store<u8>(em, 0x00);
  store<u8>(em, 0x01, 1);
  memory.fill(em + 2, 0xff, <usize>(psEnd - 2));
  store<u8>(em + <usize>psEnd, 0x00);
  memory.copy(em + <usize>(psEnd + 1), changetype<usize>(prefix), prefix.length);
  h.update(message).finishInto(expected, k - digestLength(alg));
  return constantTimeEqual(expected, recovered);
}
