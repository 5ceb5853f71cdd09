// One name for the hash functions signature schemes choose between (JOSE's RS256/PS384/HS512
// and friends), with a streaming Hasher that dispatches to sha256.ts or sha512.ts. HMAC, RSA
// and the one-shot digest() all go through here, so adding a hash touches one file.

import { Sha256 } from "./sha256";
import { Sha512 } from "./sha512";

export enum HashAlg {
  SHA256 = 0,
  SHA384 = 1,
  SHA512 = 2,
}

/**
 * Digest length in bytes (32, 48, 64), or 0 for a value that is not a HashAlg (an enum
 * parameter can still carry any i32).
 */
export function digestLength(alg: HashAlg): i32 {
  switch (alg) {
    case HashAlg.SHA256: return 32;
    case HashAlg.SHA384: return 48;
    case HashAlg.SHA512: return 64;
    default: return 0;
  }
}

/** Input block length in bytes (HMAC pads its key to it), or 0 for an unknown value. */
export function blockLength(alg: HashAlg): i32 {
  switch (alg) {
    case HashAlg.SHA256: return 64;
    case HashAlg.SHA384:
    case HashAlg.SHA512: return 128;
    default: return 0;
  }
}

/** The longest digest any HashAlg produces: the size of a scratch buffer that fits them all. */
export const MAX_DIGEST_LENGTH: i32 = 64;

/**
 * Streaming hash over one HashAlg. Unlike Sha256, every call is valid in every state:
 * begin() starts a hash, update*() feeds it, finishInto() ends it.
 */
export class Hasher {
  private readonly s256: Sha256 | null;
  private readonly s512: Sha512 | null;

  /** `alg` must be a HashAlg (digestLength(alg) > 0); hasherFor() is the checked way to get one. */
  constructor(readonly alg: HashAlg) {
    this.s256 = alg == HashAlg.SHA256 ? new Sha256() : null;
    this.s512 = alg == HashAlg.SHA256 ? null : new Sha512(alg == HashAlg.SHA384);
  }

  get length(): i32 {
    return digestLength(this.alg);
  }

  begin(): Hasher {
    const s256 = this.s256;
    if (s256 !== null) s256.reset();
    else (<Sha512>this.s512).reset();
    return this;
  }

  /** Continues from `other`'s state; both must hash with the same alg. */
  copyFrom(other: Hasher): Hasher {
    const s256 = this.s256;
    if (s256 !== null) s256.copyFrom(<Sha256>other.s256);
    else (<Sha512>this.s512).copyFrom(<Sha512>other.s512);
    return this;
  }

  updateRaw(ptr: usize, length: i32): Hasher {
    if (length <= 0) return this;
    const s256 = this.s256;
    if (s256 !== null) s256.updateRaw(ptr, length);
    else (<Sha512>this.s512).updateRaw(ptr, length);
    return this;
  }

  update(data: Uint8Array): Hasher {
    return this.updateRaw(data.dataStart, data.length);
  }

  /** Ends the hash and writes the digest at `out[offset]`; false when it does not fit. */
  finishInto(out: Uint8Array, offset: i32 = 0): bool {
    if (offset < 0 || out.length - offset < this.length) return false;
    const s256 = this.s256;
    if (s256 !== null) s256.digestInto(out, offset);
    else (<Sha512>this.s512).digestInto(out, offset);
    return true;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    this.finishInto(out);
    return out;
  }
}

// One hasher per algorithm, created on first use. wasm runs one callback at a time and no
// caller keeps a hash open across a call into another, so sharing them is safe.
let shared256: Hasher | null = null;
let shared384: Hasher | null = null;
let shared512: Hasher | null = null;

/** The shared hasher for `alg`, already begun, or null when `alg` is not a HashAlg. */
export function hasherFor(alg: HashAlg): Hasher | null {
  let h: Hasher | null = null;
  if (alg == HashAlg.SHA256) {
    if (shared256 === null) shared256 = new Hasher(alg);
    h = shared256;
  } else if (alg == HashAlg.SHA384) {
    if (shared384 === null) shared384 = new Hasher(alg);
    h = shared384;
  } else if (alg == HashAlg.SHA512) {
    if (shared512 === null) shared512 = new Hasher(alg);
    h = shared512;
  }
  return h === null ? null : h.begin();
}

/** Digest of `data` with `alg`; an empty array when `alg` is not a HashAlg. */
export function digest(alg: HashAlg, data: Uint8Array): Uint8Array {
  const h = hasherFor(alg);
  return h === null ? new Uint8Array(0) : h.update(data).finish();
}
