// Hexadecimal encoding of bytes (lower-case) and strict decoding.

const DIGITS = "0123456789abcdef";

export function hexEncode(bytes: Uint8Array): string {
  const parts = new Array<string>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = unchecked(bytes[i]);
    unchecked((parts[i] = DIGITS.charAt(b >> 4) + DIGITS.charAt(b & 15)));
  }
  return parts.join("");
}

/** The value of one hex digit (either case), or -1 when `c` is not one. */
export function hexDigitValue(c: i32): i32 {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Bytes of a hex string (either case), or null when its length is odd or a digit is invalid. */
export function hexDecode(text: string): Uint8Array | null {
  const n = text.length;
  if (n & 1) return null;
  const out = new Uint8Array(n >> 1);
  for (let i = 0; i < n; i += 2) {
    const hi = hexDigitValue(text.charCodeAt(i));
    const lo = hexDigitValue(text.charCodeAt(i + 1));
    if (hi < 0 || lo < 0) return null;
    unchecked((out[i >> 1] = <u8>((hi << 4) | lo)));
  }
  return out;
}

/** True when `text` is exactly `length` lower-case hex digits. */
export function isLowerHex(text: string, length: i32): bool {
  if (text.length != length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}
