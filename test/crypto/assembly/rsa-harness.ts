// Test-only module: exposes the SDK's hash, HMAC and RSA code to vitest (test/crypto/*.test.ts)
// and a self-contained RS256 verify loop to the benchmarks (bench/crypto-rsa.ts). Byte strings
// cross the boundary as ArrayBuffers (the loader's __newArrayBuffer/__getArrayBuffer).

import { Sha512, sha384, sha512 } from "../../../sdk/assembly/crypto/sha512";
import { HashAlg, digest, digestLength } from "../../../sdk/assembly/crypto/hash";
import { hmac, hmacVerify } from "../../../sdk/assembly/crypto/hmac";
import { RsaPublicKey, rsaPkcs1v15Verify, rsaPssVerify } from "../../../sdk/assembly/crypto/rsa";
import { hexDecode } from "../../../sdk/assembly/encoding/hex";

export * from "../../../sdk/assembly/exports";

function bytes(data: ArrayBuffer): Uint8Array {
  return Uint8Array.wrap(data);
}

/** SHA-384 (`is384`) or SHA-512 of `data`, with the one-shot helpers. */
export function sha512Bytes(data: ArrayBuffer, is384: bool): ArrayBuffer {
  return (is384 ? sha384(bytes(data)) : sha512(bytes(data))).buffer;
}

/**
 * Hashes `data` `times` times over in chunks of `chunk` bytes with one streaming hasher that
 * first hashed (and digested) unrelated input, so the test also pins reuse after digest().
 */
export function sha512Stream(data: ArrayBuffer, chunk: i32, times: i32, is384: bool): ArrayBuffer {
  const input = bytes(data);
  const hasher = new Sha512(is384);
  hasher.update(new Uint8Array(200));
  hasher.digest();
  hasher.update(new Uint8Array(3));
  hasher.reset();
  for (let t = 0; t < times; t++) {
    for (let i = 0; i < input.length; i += chunk) hasher.update(input.subarray(i, min(i + chunk, input.length)));
  }
  return hasher.digest().buffer;
}

export function digestBytes(alg: i32, data: ArrayBuffer): ArrayBuffer {
  return digest(<HashAlg>alg, bytes(data)).buffer;
}

export function digestLengthOf(alg: i32): i32 {
  return digestLength(<HashAlg>alg);
}

export function hmacBytes(alg: i32, key: ArrayBuffer, message: ArrayBuffer): ArrayBuffer {
  return hmac(<HashAlg>alg, bytes(key), bytes(message)).buffer;
}

export function hmacCheck(alg: i32, key: ArrayBuffer, message: ArrayBuffer, tag: ArrayBuffer): bool {
  return hmacVerify(<HashAlg>alg, bytes(key), bytes(message), bytes(tag));
}

// Keys stay referenced here so the collector keeps them; handles are indices.
const keys = new Array<RsaPublicKey>();

/** Loads a key and returns its handle, or -1 when the SDK refuses it. */
export function rsaLoadKey(n: ArrayBuffer, e: ArrayBuffer): i32 {
  const key = RsaPublicKey.fromModulusExponent(bytes(n), bytes(e));
  if (key === null) return -1;
  keys.push(key);
  return keys.length - 1;
}

export function rsaReleaseKeys(): void {
  keys.length = 0;
}

export function rsaKeyBits(handle: i32): i32 {
  return handle >= 0 && handle < keys.length ? keys[handle].bits : -1;
}

/** RSAVP1 alone: s^e mod n as k bytes, or an empty buffer when the key refuses the signature. */
export function rsaRecover(handle: i32, signature: ArrayBuffer): ArrayBuffer {
  if (handle < 0 || handle >= keys.length) return new ArrayBuffer(0);
  const m = keys[handle].recover(bytes(signature));
  return m === null ? new ArrayBuffer(0) : m.slice().buffer;
}

export function rsaVerifyPkcs1(handle: i32, alg: i32, message: ArrayBuffer, signature: ArrayBuffer): bool {
  if (handle < 0 || handle >= keys.length) return false;
  return rsaPkcs1v15Verify(keys[handle], <HashAlg>alg, bytes(message), bytes(signature));
}

export function rsaVerifyPss(handle: i32, alg: i32, message: ArrayBuffer, signature: ArrayBuffer, saltLength: i32): bool {
  if (handle < 0 || handle >= keys.length) return false;
  return rsaPssVerify(keys[handle], <HashAlg>alg, bytes(message), bytes(signature), saltLength);
}

// A fixed RS256 case for the benchmark: a 2048-bit key (e = 65537) made with Node's crypto, a
// JWS signing input and its signature.
const BENCH_N = "c4f68f3dd4bd1cb54c70c77dbecb224cfb7647209f7c1b1b31b834b3243385ffd1dff03830a01845589a19484b62ba2bb3d9546e86850dc32853f093df71da57c970604e00b799f108f743f957a9d9c72ad341cabfa9d2491ad5e4e33bfadd1aae2d3caf20dbd2c7465166473d167016afe4800c3f506af068d112cc9ed8f9f45d9e321fdb50590117e29df0a132c627418e2b1215546a64ee918db8a22f75e11f008e1e05e434e71bf3492cd4ec33a378f420355f014fb984b9cfbc944da927557d8e8584aef4cb68020a774643f8afb7ef8b229335c9a21ebb58103ffd23930ba8031e6e23d3682146ce070f1fcdcc5acdc30466f3c00f335e7198642e0815";
const BENCH_INPUT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJiZW5jaCJ9";
const BENCH_SIG = "b34229f4144d4e8d22b3c1c0fa4e3062ca816058db12b8a3f8bb3780a63a71e1867129699fb538b680561f94163c30e099c772b666161a830711b814c83b4653ad220989e91fbb401446883b75a2f7941ef9b0f5307cff776b4c0b6c7f2cf74bc3197169ee4985321db6a9ecb458a1224e2dbd57bd8de7114e59de981478ccf0a1fe192580db0cb73d93866ec3a14df70a3412af4f2c7f874c67483afc9ae56908fd6d4642d5300cd5bb2e39c8faf74b274839bbeff59ffb2367840bb1e78c0374a5ae88a2232745bc7fa1e99d2c7e84b47bfbc46959a8cab2b9b3695a2269148df6a89ab51057dec816cc34363fc049d6b526a3bd991343a874f3f04824ba88";

let benchKey: RsaPublicKey | null = null;
let benchInput: Uint8Array = new Uint8Array(0);
let benchSig: Uint8Array = new Uint8Array(0);

/**
 * Verifies the built-in RS256-2048 signature `iterations` times and returns how many
 * verifications passed (so a caller can check the work was real). Key setup happens on the
 * first call only, so per-call cost is the verification itself: hashing, modexp, encoding.
 */
export function benchRsaVerify(iterations: i32): i32 {
  if (benchKey === null) {
    const n = hexDecode(BENCH_N);
    const sig = hexDecode(BENCH_SIG);
    if (n === null || sig === null) return -1;
    const e = new Uint8Array(3);
    e[0] = 1; e[2] = 1;
    benchKey = RsaPublicKey.fromModulusExponent(n, e);
    benchInput = Uint8Array.wrap(String.UTF8.encode(BENCH_INPUT, false));
    benchSig = sig;
  }
  const key = benchKey;
  if (key === null) return -1;
  let passed = 0;
  for (let i = 0; i < iterations; i++) {
    if (rsaPkcs1v15Verify(key, HashAlg.SHA256, benchInput, benchSig)) passed++;
  }
  return passed;
}
