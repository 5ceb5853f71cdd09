// Width-w non-adjacent form of a scalar: signed odd digits in (-2^(w-1), 2^(w-1)) with at
// least w-1 zeros after each non-zero digit, so a scalar multiplication needs one addition
// per w bits from a table of the 2^(w-2) odd multiples. Scalars here are public (signature
// verification), so the recoding need not run in constant time.

/** Digits needed for a scalar of `limbs` 32-bit limbs at width `w`. */
export function wnafLength(limbs: i32, w: i32): i32 {
  return (limbs << 5) + w;
}

/** `count` bits (count <= 24) of the limbs at `k`, starting at bit `pos`; zero past the end. */
function bitsAt(k: usize, limbs: i32, pos: i32, count: i32): u32 {
  const index = pos >> 5;
  if (index >= limbs) return 0;
  const shift = pos & 31;
  let value = load<u32>(k + (<usize>index << 2)) >>> shift;
  if (shift + count > 32 && index + 1 < limbs) value |= load<u32>(k + (<usize>(index + 1) << 2)) << (32 - shift);
  return value & ((1 << count) - 1);
}

/**
 * Writes the width-`w` NAF (2 <= w <= 8) of the plain scalar at `k` into `digits` (one i8 per
 * bit position, `wnafLength(limbs, w)` bytes, least significant first) and returns the number
 * of positions up to and including the highest non-zero digit (0 for a zero scalar).
 */
export function wnaf(digits: usize, k: usize, limbs: i32, w: i32): i32 {
  const length = wnafLength(limbs, w);
  memory.fill(digits, 0, <usize>length);
  const bits = limbs << 5;
  let carry: u32 = 0;
  let top = 0;
  let pos = 0;
  while (pos < bits || carry != 0) {
    if (bitsAt(k, limbs, pos, 1) == carry) {
      pos++;
      continue;
    }
    // The window plus the carry is odd here; a top bit set makes the digit negative and
    // carries 2^w into the next window.
    let word = <i32>(bitsAt(k, limbs, pos, w) + carry);
    carry = (<u32>word >>> (w - 1)) & 1;
    word -= <i32>(carry << w);
    store<i8>(digits + <usize>pos, <i8>word);
    top = pos + 1;
    pos += w;
  }
  return top;
}
