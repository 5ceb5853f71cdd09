// Strict base64url (RFC 4648 §5) without padding, as JWS (RFC 7515 §2) requires. Decoding
// refuses anything a canonical encoder would not produce: padding, characters outside the
// URL-safe alphabet, a length that cannot come from whole bytes (len % 4 == 1) and set bits
// in the unused low bits of the last character. Each input therefore has exactly one
// accepted spelling, so two different strings never decode to the same bytes.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Character code → 6-bit value, or -1. Built once; indexes 0..127.
const DECODE = new StaticArray<i8>(128);
for (let i = 0; i < 128; i++) unchecked((DECODE[i] = -1));
for (let i = 0; i < 64; i++) unchecked((DECODE[ALPHABET.charCodeAt(i)] = <i8>i));

function sextet(c: i32): i32 {
  return c < 128 ? <i32>unchecked(DECODE[c]) : -1;
}

/** Decoded size of `length` base64url characters, or -1 when no byte string encodes to that length. */
export function base64urlDecodedLength(length: i32): i32 {
  if (length < 0 || (length & 3) == 1) return -1;
  return (length >> 2) * 3 + ((length & 3) == 0 ? 0 : (length & 3) - 1);
}

/** Decodes the bytes `src[start..end)`; null when they are not canonical unpadded base64url. */
export function base64urlDecodeRange(src: Uint8Array, start: i32, end: i32): Uint8Array | null {
  if (start < 0 || end > src.length || start > end) return null;
  const length = end - start;
  const outLength = base64urlDecodedLength(length);
  if (outLength < 0) return null;
  const out = new Uint8Array(outLength);
  const base = src.dataStart + <usize>start;
  const dst = out.dataStart;
  const whole = length & ~3;
  let o: usize = 0;
  for (let i = 0; i < whole; i += 4) {
    const a = sextet(load<u8>(base + i));
    const b = sextet(load<u8>(base + i + 1));
    const c = sextet(load<u8>(base + i + 2));
    const d = sextet(load<u8>(base + i + 3));
    if ((a | b | c | d) < 0) return null;
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    store<u8>(dst + o, <u8>(v >> 16));
    store<u8>(dst + o + 1, <u8>(v >> 8));
    store<u8>(dst + o + 2, <u8>v);
    o += 3;
  }
  const rest = length & 3;
  if (rest == 2) {
    const a = sextet(load<u8>(base + whole));
    const b = sextet(load<u8>(base + whole + 1));
    if ((a | b) < 0 || (b & 0x0f) != 0) return null;
    store<u8>(dst + o, <u8>((a << 2) | (b >> 4)));
  } else if (rest == 3) {
    const a = sextet(load<u8>(base + whole));
    const b = sextet(load<u8>(base + whole + 1));
    const c = sextet(load<u8>(base + whole + 2));
    if ((a | b | c) < 0 || (c & 0x03) != 0) return null;
    const v = (a << 10) | (b << 4) | (c >> 2);
    store<u8>(dst + o, <u8>(v >> 8));
    store<u8>(dst + o + 1, <u8>v);
  }
  return out;
}

/** Decodes a whole string; null when it is not canonical unpadded base64url. */
export function base64urlDecode(text: string): Uint8Array | null {
  // Any non-ASCII character is outside the alphabet; checking first keeps the UTF-8 encoding
  // from turning one bad character into several bytes that might pass the length check.
  for (let i = 0, n = text.length; i < n; i++) if (text.charCodeAt(i) >= 128) return null;
  const bytes = Uint8Array.wrap(String.UTF8.encode(text, false));
  return base64urlDecodeRange(bytes, 0, bytes.length);
}

/** Unpadded base64url of `bytes`. */
export function base64urlEncode(bytes: Uint8Array): string {
  return base64urlEncodeRange(bytes, 0, bytes.length);
}

/** Unpadded base64url of `bytes[start..end)`. */
export function base64urlEncodeRange(bytes: Uint8Array, start: i32, end: i32): string {
  if (start < 0 || end > bytes.length || start >= end) return "";
  const n = end - start;
  const outLength = (n / 3) * 4 + (n % 3 == 0 ? 0 : (n % 3) + 1);
  const out = new Uint8Array(outLength);
  const src = bytes.dataStart + <usize>start;
  const dst = out.dataStart;
  const alphabet = changetype<usize>(ALPHABET); // UTF-16 code units
  let o: usize = 0;
  let i = 0;
  for (; i + 3 <= n; i += 3) {
    const v = (<i32>load<u8>(src + i) << 16) | (<i32>load<u8>(src + i + 1) << 8) | <i32>load<u8>(src + i + 2);
    store<u8>(dst + o, <u8>load<u16>(alphabet + ((v >> 18) << 1)));
    store<u8>(dst + o + 1, <u8>load<u16>(alphabet + (((v >> 12) & 63) << 1)));
    store<u8>(dst + o + 2, <u8>load<u16>(alphabet + (((v >> 6) & 63) << 1)));
    store<u8>(dst + o + 3, <u8>load<u16>(alphabet + ((v & 63) << 1)));
    o += 4;
  }
  const rest = n - i;
  if (rest == 1) {
    const v = <i32>load<u8>(src + i);
    store<u8>(dst + o, <u8>load<u16>(alphabet + ((v >> 2) << 1)));
    store<u8>(dst + o + 1, <u8>load<u16>(alphabet + (((v & 3) << 4) << 1)));
  } else if (rest == 2) {
    const v = (<i32>load<u8>(src + i) << 8) | <i32>load<u8>(src + i + 1);
    store<u8>(dst + o, <u8>load<u16>(alphabet + ((v >> 10) << 1)));
    store<u8>(dst + o + 1, <u8>load<u16>(alphabet + (((v >> 4) & 63) << 1)));
    store<u8>(dst + o + 2, <u8>load<u16>(alphabet + (((v & 15) << 2) << 1)));
  }
  return String.UTF8.decodeUnsafe(dst, outLength, false);
}
