// RSASSA-PSS verification (RFC 8017 §8.1.2, EMSA-PSS-VERIFY §9.1.2) with MGF1 (§B.2.1) over
// the same hash as the message. Work buffers are module-level and sized for the largest key.

import { constantTimeEqual } from "./constant-time";
import { HashAlg, Hasher, MAX_DIGEST_LENGTH, digestLength, hasherFor } from "./hash";
import { RSA_MAX_BYTES, RsaPublicKey } from "./rsa-key";

/** saltLength value asking rsaPssVerify to take the salt length from the encoding. */
export const PSS_SALT_LENGTH_AUTO: i32 = -1;

const db = new Uint8Array(RSA_MAX_BYTES);
const mHash = new Uint8Array(MAX_DIGEST_LENGTH);
const hPrime = new Uint8Array(MAX_DIGEST_LENGTH);
const maskBlock = new Uint8Array(MAX_DIGEST_LENGTH);
const counter = new StaticArray<u8>(4);
const zeros = new StaticArray<u8>(8);

/** db[0..length) = masked[0..length) XOR MGF1(seed, length), MGF1 over `h`'s hash. */
function unmask(h: Hasher, seed: usize, masked: usize, length: i32): void {
  const hLen = h.length;
  const out = db.dataStart;
  const c = changetype<usize>(counter);
  for (let done = 0, i: u32 = 0; done < length; i++) {
    store<u32>(c, bswap<u32>(i));
    h.begin().updateRaw(seed, hLen).updateRaw(c, 4).finishInto(maskBlock);
    const take = min(hLen, length - done);
    for (let j = 0; j < take; j++) {
      const at = <usize>(done + j);
      store<u8>(out + at, load<u8>(masked + at) ^ load<u8>(maskBlock.dataStart + <usize>j));
    }
    done += take;
  }
}

/**
 * True when `signature` is a valid RSASSA-PSS signature of `message` under `key`, with `alg`
 * for the message hash and MGF1. `saltLength` is the salt length the signer must have used
 * (JOSE's PS256/384/512 use the hash length), or PSS_SALT_LENGTH_AUTO to accept whatever
 * length the encoding carries. A signature that is not exactly k bytes, or not below n, is refused.
 */
export function rsaPssVerify(key: RsaPublicKey, alg: HashAlg, message: Uint8Array, signature: Uint8Array, saltLength: i32): bool {
  const h = hasherFor(alg);
  if (h === null || saltLength < PSS_SALT_LENGTH_AUTO) return false;
  const hLen = digestLength(alg);
  const emBits = key.bits - 1;
  const emLen = (emBits + 7) >> 3;
  // §9.1.2 step 3, written so that a huge saltLength cannot overflow the sum.
  if (emLen < hLen + 2 || saltLength > emLen - hLen - 2) return false;
  h.update(message).finishInto(mHash);

  const recovered = key.recover(signature);
  if (recovered === null) return false;
  // EM = I2OSP(m, emLen): when emBits is a multiple of 8, emLen is k - 1 and m's top byte must be 0.
  const skip = key.byteLength - emLen;
  if (skip == 1 && recovered[0] != 0) return false;
  const em = recovered.dataStart + <usize>skip;
  if (load<u8>(em + <usize>(emLen - 1)) != 0xbc) return false;
  const dbLen = emLen - hLen - 1;
  const hashAt = em + <usize>dbLen;
  // The bits above emBits must be zero in the encoding, and are cleared after unmasking.
  const topMask = <u8>(<u32>0xff >>> <u32>(8 * emLen - emBits));
  if ((load<u8>(em) & ~topMask) != 0) return false;
  unmask(h, hashAt, em, dbLen);
  const d = db.dataStart;
  store<u8>(d, load<u8>(d) & topMask);

  // DB = PS (zeros) || 0x01 || salt
  let sLen = saltLength;
  if (sLen == PSS_SALT_LENGTH_AUTO) {
    let i = 0;
    while (i < dbLen && load<u8>(d + <usize>i) == 0) i++;
    if (i == dbLen) return false;
    sLen = dbLen - i - 1;
  }
  const psLen = dbLen - sLen - 1;
  let nonZero: u32 = 0;
  for (let i = 0; i < psLen; i++) nonZero |= load<u8>(d + <usize>i);
  if (nonZero != 0 || load<u8>(d + <usize>psLen) != 0x01) return false;

  // H' = Hash(0x00 × 8 || mHash || salt)
  h.begin()
    .updateRaw(changetype<usize>(zeros), 8)
    .updateRaw(mHash.dataStart, hLen)
    .updateRaw(d + <usize>(dbLen - sLen), sLen)
    .finishInto(hPrime);
  const got = recovered.subarray(skip + dbLen, skip + dbLen + hLen);
  return constantTimeEqual(hPrime.subarray(0, hLen), got);
}
