// Protocol Buffers wire format (https://protobuf.dev/programming-guides/encoding/): a writer
// that grows one buffer and back-patches nested message lengths in place, and a reader that
// walks a buffer field by field. Neither traps on bad input: the reader records the first
// problem in `error` and stops.

export enum WireType {
  Varint = 0,
  Fixed64 = 1,
  LengthDelimited = 2,
  Fixed32 = 5,
}

// A nested message's length is written as a varint once its size is known; this many bytes
// are reserved for it (enough for any message under 2^28 bytes), and the body slides left
// when the varint turns out shorter.
const LENGTH_RESERVE: i32 = 4;
const MAX_NESTED_LENGTH: i32 = (1 << 28) - 1;

function varintSize(value: u64): i32 {
  let size = 1;
  while (value >= 0x80) {
    value >>= 7;
    size++;
  }
  return size;
}

export class ProtoWriter {
  private buffer: ArrayBuffer;
  private length: i32 = 0;
  private readonly openStarts: Array<i32> = new Array<i32>();

  constructor(initialCapacity: i32 = 64) {
    this.buffer = new ArrayBuffer(initialCapacity < 16 ? 16 : initialCapacity);
  }

  /** Bytes written so far. */
  get size(): i32 {
    return this.length;
  }

  private ensure(extra: i32): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.byteLength) return;
    let capacity = this.buffer.byteLength << 1;
    while (capacity < needed) capacity <<= 1;
    const grown = new ArrayBuffer(capacity);
    memory.copy(changetype<usize>(grown), changetype<usize>(this.buffer), <usize>this.length);
    this.buffer = grown;
  }

  varint(value: u64): ProtoWriter {
    this.ensure(10);
    const base = changetype<usize>(this.buffer);
    while (value >= 0x80) {
      store<u8>(base + <usize>(this.length++), <u8>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    store<u8>(base + <usize>(this.length++), <u8>value);
    return this;
  }

  tag(field: u32, wire: WireType): ProtoWriter {
    return this.varint((<u64>field << 3) | <u64>wire);
  }

  /** A varint field (uint32/uint64/enum/bool); proto3 omits zero, so do callers. */
  uint64Field(field: u32, value: u64): ProtoWriter {
    if (value == 0) return this;
    return this.tag(field, WireType.Varint).varint(value);
  }

  fixed32Field(field: u32, value: u32): ProtoWriter {
    this.tag(field, WireType.Fixed32);
    this.ensure(4);
    store<u32>(changetype<usize>(this.buffer) + <usize>this.length, value);
    this.length += 4;
    return this;
  }

  fixed64Field(field: u32, value: u64): ProtoWriter {
    this.tag(field, WireType.Fixed64);
    this.ensure(8);
    store<u64>(changetype<usize>(this.buffer) + <usize>this.length, value);
    this.length += 8;
    return this;
  }

  /** A string field as UTF-8, written straight from the string (no intermediate buffer). */
  stringField(field: u32, value: string): ProtoWriter {
    if (value.length == 0) return this;
    const size = String.UTF8.byteLength(value, false);
    this.tag(field, WireType.LengthDelimited).varint(<u64>size);
    this.ensure(size);
    String.UTF8.encodeUnsafe(changetype<usize>(value), value.length, changetype<usize>(this.buffer) + <usize>this.length, false);
    this.length += size;
    return this;
  }

  bytesField(field: u32, value: ArrayBuffer): ProtoWriter {
    const size = value.byteLength;
    if (size == 0) return this;
    this.tag(field, WireType.LengthDelimited).varint(<u64>size);
    this.ensure(size);
    memory.copy(changetype<usize>(this.buffer) + <usize>this.length, changetype<usize>(value), <usize>size);
    this.length += size;
    return this;
  }

  /** Opens a nested message field; close it with end(). Nesting is allowed. */
  begin(field: u32): ProtoWriter {
    this.tag(field, WireType.LengthDelimited);
    this.ensure(LENGTH_RESERVE);
    this.length += LENGTH_RESERVE;
    this.openStarts.push(this.length);
    return this;
  }

  /** Closes the innermost begin(): writes its length and slides its body into place. */
  end(): ProtoWriter {
    if (this.openStarts.length == 0) return this; // unbalanced end(): nothing to close
    const start = this.openStarts.pop();
    const bodyLength = this.length - start;
    const base = changetype<usize>(this.buffer);
    const lengthAt = start - LENGTH_RESERVE;
    const written = bodyLength > MAX_NESTED_LENGTH ? LENGTH_RESERVE : varintSize(<u64>bodyLength);
    let value = <u32>bodyLength;
    let at = lengthAt;
    for (let i = 0; i < written - 1; i++) {
      store<u8>(base + <usize>(at++), <u8>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    store<u8>(base + <usize>(at++), <u8>value);
    if (written < LENGTH_RESERVE) {
      memory.copy(base + <usize>at, base + <usize>start, <usize>bodyLength);
      this.length -= LENGTH_RESERVE - written;
      // Enclosing messages started before this one, so their starts are unaffected.
    }
    return this;
  }

  /** A copy of the bytes written (open messages are closed first). */
  finish(): ArrayBuffer {
    while (this.openStarts.length > 0) this.end();
    return this.buffer.slice(0, this.length);
  }
}

export class ProtoReader {
  private pos: i32;
  /** The current field's number and wire type, after next() returned true. */
  field: u32 = 0;
  wire: WireType = WireType.Varint;
  /** The first problem met, e.g. "truncated varint at byte 7"; null while the input is sound. */
  error: string | null = null;

  constructor(private readonly buffer: ArrayBuffer, start: i32 = 0, private readonly end: i32 = -1) {
    this.pos = start;
    if (this.end < 0 || this.end > buffer.byteLength) this.end = buffer.byteLength;
  }

  private fail(message: string): bool {
    if (this.error === null) this.error = message + " at byte " + this.pos.toString();
    this.pos = this.end;
    return false;
  }

  private rawVarint(): u64 {
    let result: u64 = 0;
    const base = changetype<usize>(this.buffer);
    for (let shift: u64 = 0; shift < 64; shift += 7) {
      if (this.pos >= this.end) {
        this.fail("truncated varint");
        return 0;
      }
      const b = load<u8>(base + <usize>(this.pos++));
      result |= (<u64>(b & 0x7f)) << shift;
      if ((b & 0x80) == 0) return result;
    }
    this.fail("varint longer than 10 bytes");
    return 0;
  }

  /** Moves to the next field; false at the end of the input or on an error. */
  next(): bool {
    if (this.error !== null || this.pos >= this.end) return false;
    const key = this.rawVarint();
    if (this.error !== null) return false;
    const wire = <u32>(key & 7);
    if (wire != WireType.Varint && wire != WireType.Fixed64 && wire != WireType.LengthDelimited && wire != WireType.Fixed32) {
      return this.fail("unsupported wire type " + wire.toString());
    }
    if (key >> 3 == 0 || key >> 3 > 0x1fffffff) return this.fail("invalid field number");
    this.field = <u32>(key >> 3);
    this.wire = <WireType>wire;
    return true;
  }

  /** The current varint field's value. */
  varint(): u64 {
    if (this.wire != WireType.Varint) {
      this.fail("field " + this.field.toString() + " is not a varint");
      return 0;
    }
    return this.rawVarint();
  }

  fixed32(): u32 {
    if (this.wire != WireType.Fixed32 || this.pos + 4 > this.end) {
      this.fail("field " + this.field.toString() + " is not a complete fixed32");
      return 0;
    }
    const value = load<u32>(changetype<usize>(this.buffer) + <usize>this.pos);
    this.pos += 4;
    return value;
  }

  fixed64(): u64 {
    if (this.wire != WireType.Fixed64 || this.pos + 8 > this.end) {
      this.fail("field " + this.field.toString() + " is not a complete fixed64");
      return 0;
    }
    const value = load<u64>(changetype<usize>(this.buffer) + <usize>this.pos);
    this.pos += 8;
    return value;
  }

  /** A reader over the current length-delimited field (a nested message); null on error. */
  message(): ProtoReader | null {
    const start = this.delimited();
    if (start < 0) return null;
    return new ProtoReader(this.buffer, start, this.pos);
  }

  /** The current length-delimited field as UTF-8 text (invalid sequences become U+FFFD). */
  string(): string {
    const start = this.delimited();
    if (start < 0) return "";
    return String.UTF8.decodeUnsafe(changetype<usize>(this.buffer) + <usize>start, <usize>(this.pos - start), false);
  }

  /** Skips the current field's value, whatever its wire type. */
  skip(): void {
    if (this.wire == WireType.Varint) this.rawVarint();
    else if (this.wire == WireType.Fixed32) this.fixed32();
    else if (this.wire == WireType.Fixed64) this.fixed64();
    else this.delimited();
  }

  /** Consumes a length-delimited value; returns its start (the end is this.pos), or -1. */
  private delimited(): i32 {
    if (this.wire != WireType.LengthDelimited) {
      this.fail("field " + this.field.toString() + " is not length-delimited");
      return -1;
    }
    const length = this.rawVarint();
    if (this.error !== null) return -1;
    if (length > <u64>(this.end - this.pos)) {
      this.fail("field " + this.field.toString() + " runs past the end");
      return -1;
    }
    const start = this.pos;
    this.pos += <i32>length;
    return start;
  }
}
