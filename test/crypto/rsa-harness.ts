// The crypto harness (test/crypto/assembly/rsa-harness.ts: SHA-384/512, HMAC, RSA) loaded into
// Node with typed wrappers, shared by the crypto tests and bench/crypto-rsa.ts.

import { loadAsHarness, type AsHarness } from '../support/as-harness.ts';

/** HashAlg values of sdk/assembly/crypto/hash.ts. */
export const HashAlg = { SHA256: 0, SHA384: 1, SHA512: 2 } as const;

export interface CryptoHarness {
  sha512(data: Uint8Array, is384: boolean): Buffer;
  sha512Stream(data: Uint8Array, chunk: number, times: number, is384: boolean): Buffer;
  digest(alg: number, data: Uint8Array): Buffer;
  digestLength(alg: number): number;
  hmac(alg: number, key: Uint8Array, message: Uint8Array): Buffer;
  hmacVerify(alg: number, key: Uint8Array, message: Uint8Array, tag: Uint8Array): boolean;
  /** A key handle (>= 0), or -1 when the SDK refuses the modulus/exponent. */
  rsaKey(n: Uint8Array, e: Uint8Array): number;
  rsaKeyBits(handle: number): number;
  /** Drops every loaded key, so a long test can start afresh. */
  rsaReleaseKeys(): void;
  /** RSAVP1 alone: s^e mod n as k bytes; empty when the key refuses the signature. */
  rsaRecover(handle: number, signature: Uint8Array): Buffer;
  rsaPkcs1v15Verify(handle: number, alg: number, message: Uint8Array, signature: Uint8Array): boolean;
  rsaPssVerify(handle: number, alg: number, message: Uint8Array, signature: Uint8Array, saltLength: number): boolean;
  /** Verifies a built-in RS256-2048 signature `iterations` times; returns how many passed. */
  benchRsaVerify(iterations: number): number;
  /** Log lines the module wrote (its abort handler reports through proxy_log). */
  logs: string[];
}

export async function loadCryptoHarness(): Promise<CryptoHarness> {
  const h: AsHarness = await loadAsHarness('rsa-harness', 'test/crypto/assembly/rsa-harness.ts');
  return {
    sha512: (data, is384) => h.bytes('sha512Bytes', data, is384),
    sha512Stream: (data, chunk, times, is384) => h.bytes('sha512Stream', data, chunk, times, is384),
    digest: (alg, data) => h.bytes('digestBytes', alg, data),
    digestLength: (alg) => h.call('digestLengthOf', alg),
    hmac: (alg, key, message) => h.bytes('hmacBytes', alg, key, message),
    hmacVerify: (alg, key, message, tag) => h.call('hmacCheck', alg, key, message, tag) !== 0,
    rsaKey: (n, e) => h.call('rsaLoadKey', n, e),
    rsaKeyBits: (handle) => h.call('rsaKeyBits', handle),
    rsaReleaseKeys: () => void h.call('rsaReleaseKeys'),
    rsaRecover: (handle, signature) => h.bytes('rsaRecover', handle, signature),
    rsaPkcs1v15Verify: (handle, alg, message, signature) => h.call('rsaVerifyPkcs1', handle, alg, message, signature) !== 0,
    rsaPssVerify: (handle, alg, message, signature, saltLength) =>
      h.call('rsaVerifyPss', handle, alg, message, signature, saltLength) !== 0,
    benchRsaVerify: (iterations) => h.call('benchRsaVerify', iterations),
    logs: h.logs,
  };
}
