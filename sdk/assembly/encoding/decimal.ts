// Unsigned integers written as ASCII decimal straight into memory: for keys, log lines and
// hash inputs built in place, where a toString() would allocate a string per call.

/** Digits of `n` in decimal (1 for 0). */
export function decimalDigits(n: u32): i32 {
  let digits = 1;
  for (let x = n; x >= 10; x /= 10) digits++;
  return digits;
}

/** Writes `n` in decimal at `ptr` (decimalDigits(n) bytes, at most 10) and returns the count. */
export function writeDecimal(ptr: usize, n: u32): i32 {
  const digits = decimalDigits(n);
  let at = ptr + <usize>digits;
  let x = n;
  do {
    store<u8>(--at, <u8>(0x30 + x % 10));
    x /= 10;
  } while (x != 0);
  return digits;
}
