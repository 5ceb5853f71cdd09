// Comparison whose running time does not depend on where (or whether) the inputs differ, for
// secrets and digests. Only the lengths may leak, and for digests they are public.

/** True when `a` and `b` hold the same bytes; time depends only on the lengths. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): bool {
  if (a.length != b.length) return false;
  const pa = a.dataStart;
  const pb = b.dataStart;
  let diff: u32 = 0;
  for (let i = 0, n = a.length; i < n; i++) diff |= <u32>(load<u8>(pa + i) ^ load<u8>(pb + i));
  return diff == 0;
}

/**
 * Index of the entry of `table` equal to `needle`, or -1. Every entry is compared in full
 * and there is no early exit, so the time reveals neither which entry matched nor how close
 * any was. Entries must all have the needle's length (digests).
 */
export function constantTimeFind(table: Uint8Array[], needle: Uint8Array): i32 {
  let found: i32 = -1;
  for (let i = 0, n = table.length; i < n; i++) {
    const equal = <i32>constantTimeEqual(unchecked(table[i]), needle);
    // Branch-free select: mask is all ones when equal, else zero.
    const mask = -equal;
    found = (i & mask) | (found & ~mask);
  }
  return found;
}
