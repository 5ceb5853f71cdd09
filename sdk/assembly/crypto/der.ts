// The DER form of an ECDSA signature, SEQUENCE { r INTEGER, s INTEGER } (RFC 3279 section
// 2.2.3), decoded strictly (X.690 section 10): definite minimal lengths, minimal positive
// integers, nothing after the sequence. Anything BER would tolerate is refused, so one
// signature has exactly one accepted encoding.

const TAG_SEQUENCE: u8 = 0x30;
const TAG_INTEGER: u8 = 0x02;
/** Enough for P-521 (66-byte scalars), the largest curve ECDSA is used with. */
const MAX_SCALAR_BYTES: i32 = 66;

/** A cursor over the input; `pos` is -1 once anything was malformed. */
class Reader {
  pos: i32 = 0;
  constructor(readonly ptr: usize, readonly end: i32) {}

  byte(): i32 {
    if (this.pos < 0 || this.pos >= this.end) {
      this.pos = -1;
      return -1;
    }
    const value = <i32>load<u8>(this.ptr + <usize>this.pos);
    this.pos++;
    return value;
  }

  /** A definite length in its minimal form that fits in what is left, or -1. */
  length(): i32 {
    const first = this.byte();
    if (first < 0) return -1;
    let len = first;
    if (first >= 0x80) {
      // Long form with one or two length bytes: more is never needed for a signature.
      const count = first & 0x7f;
      if (count < 1 || count > 2) return this.fail();
      len = 0;
      for (let i = 0; i < count; i++) {
        const b = this.byte();
        if (b < 0) return -1;
        if (i == 0 && b == 0) return this.fail(); // leading zero length byte
        len = (len << 8) | b;
      }
      if (len < 0x80) return this.fail(); // the short form was required
    }
    if (len > this.end - this.pos) return this.fail();
    return len;
  }

  fail(): i32 {
    this.pos = -1;
    return -1;
  }

  /** Reads an INTEGER into `out` (at `offset`, left-padded to `size` bytes); false if malformed, negative or too large. */
  integer(out: Uint8Array, offset: i32, size: i32): bool {
    if (this.byte() != <i32>TAG_INTEGER) return false;
    const len = this.length();
    if (len <= 0) return false;
    const start = this.ptr + <usize>this.pos;
    const first = load<u8>(start);
    if (first >= 0x80) return false; // negative
    let skip = 0;
    if (first == 0 && len > 1) {
      if (load<u8>(start + 1) < 0x80) return false; // a leading zero that is not needed
      skip = 1;
    }
    const magnitude = len - skip;
    if (magnitude > size) return false;
    memory.copy(out.dataStart + <usize>(offset + size - magnitude), start + <usize>skip, <usize>magnitude);
    this.pos += len;
    return true;
  }
}

/**
 * The raw r || s form (each left-padded to `scalarBytes`) of a strict-DER ECDSA signature, or
 * null when the encoding is malformed, not minimal, has a negative or oversized integer, or
 * has trailing bytes. Zero values are returned as decoded: ecdsaVerify rejects them.
 */
export function derSignatureToRaw(der: Uint8Array, scalarBytes: i32): Uint8Array | null {
  if (scalarBytes < 1 || scalarBytes > MAX_SCALAR_BYTES) return null;
  const reader = new Reader(der.dataStart, der.length);
  if (reader.byte() != <i32>TAG_SEQUENCE) return null;
  const len = reader.length();
  if (len < 0 || reader.pos + len != der.length) return null;
  const raw = new Uint8Array(2 * scalarBytes);
  if (!reader.integer(raw, 0, scalarBytes)) return null;
  if (!reader.integer(raw, scalarBytes, scalarBytes)) return null;
  return reader.pos == der.length ? raw : null;
}
