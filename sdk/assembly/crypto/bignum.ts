// Unsigned big integers as little-endian arrays of 32-bit limbs in linear memory, addressed
// by pointer and limb count. These helpers allocate nothing: callers own every buffer
// (bignum-montgomery.ts keeps its own per modulus). Bounds are the caller's contract; each
// function states what it needs.

/** Bytes in one limb. */
export const LIMB_BYTES: i32 = 4;

/** Limbs needed for a number of `bytes` bytes. */
export function limbsForBytes(bytes: i32): i32 {
  return (bytes + LIMB_BYTES - 1) >> 2;
}

/** Index of the first non-zero byte of `length` bytes at `src` (`length` when all are zero). */
export function skipLeadingZeros(src: usize, length: i32): i32 {
  let i = 0;
  while (i < length && load<u8>(src + <usize>i) == 0) i++;
  return i;
}

/**
 * Reads the big-endian `length` bytes at `src` into `limbs` limbs at `dst`. Returns false
 * (leaving `dst` unspecified) when the value does not fit; leading zero bytes always fit.
 */
export function loadBigEndian(dst: usize, limbs: i32, src: usize, length: i32): bool {
  const start = skipLeadingZeros(src, length);
  if (length - start > limbs * LIMB_BYTES) return false;
  memory.fill(dst, 0, <usize>limbs << 2);
  // Byte i counted from the end goes to limb i/4, at bit 8*(i%4).
  for (let i = 0, n = length - start; i < n; i++) {
    const byte = <u32>load<u8>(src + <usize>(length - 1 - i));
    const at = dst + (<usize>(i >> 2) << 2);
    store<u32>(at, load<u32>(at) | (byte << ((<u32>i & 3) << 3)));
  }
  return true;
}

/**
 * Writes the `limbs` limbs at `src` as exactly `length` big-endian bytes at `dst` (I2OSP).
 * Returns false when the value needs more than `length` bytes.
 */
export function storeBigEndian(dst: usize, length: i32, src: usize, limbs: i32): bool {
  const capacity = limbs * LIMB_BYTES;
  // Bytes of the number beyond `length` must all be zero.
  for (let i = length; i < capacity; i++) {
    if (((load<u32>(src + (<usize>(i >> 2) << 2)) >>> ((<u32>i & 3) << 3)) & 0xff) != 0) return false;
  }
  for (let i = 0; i < length; i++) {
    const byte = i < capacity ? (load<u32>(src + (<usize>(i >> 2) << 2)) >>> ((<u32>i & 3) << 3)) & 0xff : 0;
    store<u8>(dst + <usize>(length - 1 - i), <u8>byte);
  }
  return true;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b (both `limbs` long). */
export function compareLimbs(a: usize, b: usize, limbs: i32): i32 {
  for (let i = limbs - 1; i >= 0; i--) {
    const x = load<u32>(a + (<usize>i << 2));
    const y = load<u32>(b + (<usize>i << 2));
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

/** dst = a - b over `limbs` limbs (dst may alias a or b); returns the borrow out (0 or 1). */
export function subtractLimbs(dst: usize, a: usize, b: usize, limbs: i32): u32 {
  let borrow: u64 = 0;
  for (let i = 0; i < limbs; i++) {
    const at = <usize>i << 2;
    const d = <u64>load<u32>(a + at) - <u64>load<u32>(b + at) - borrow;
    store<u32>(dst + at, <u32>d);
    borrow = (d >> 32) & 1;
  }
  return <u32>borrow;
}

/** a = 2a over `limbs` limbs; returns the bit shifted out of the top. */
export function doubleLimbs(a: usize, limbs: i32): u32 {
  let carry: u32 = 0;
  for (let i = 0; i < limbs; i++) {
    const at = a + (<usize>i << 2);
    const x = load<u32>(at);
    store<u32>(at, (x << 1) | carry);
    carry = x >>> 31;
  }
  return carry;
}

/** Number of significant bits of the `limbs`-limb number at `a` (0 for zero). */
export function bitLength(a: usize, limbs: i32): i32 {
  for (let i = limbs - 1; i >= 0; i--) {
    const x = load<u32>(a + (<usize>i << 2));
    if (x != 0) return (i << 5) + 32 - <i32>clz<u32>(x);
  }
  return 0;
}
