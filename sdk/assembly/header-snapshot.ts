// A whole header map copied with ONE host call (proxy_get_header_map_pairs) and read in place
// as the UTF-8 bytes the host sent. Lookups compare bytes against names encoded once (e.g. in
// onConfigure); nothing is decoded into strings unless asked for. This is the per-request way
// to read headers: every HeaderMap.get() is a host call and a string conversion.

import { HeaderPair, headerMapOffsets, serializeHeaderMap } from "./abi/header-map";

/** UTF-8 bytes of `s`: encode header names once, look them up many times. */
export function headerName(s: string): ArrayBuffer {
  return String.UTF8.encode(s, false);
}

/** True when [a, a+aLen) and the bytes of `b` are the same. */
function bytesEqual(a: usize, aLen: i32, b: ArrayBuffer): bool {
  return aLen == b.byteLength && memory.compare(a, changetype<usize>(b), <usize>aLen) == 0;
}

export class HeaderSnapshot {
  private constructor(
    private readonly buffer: ArrayBuffer,
    /** Offset of each pair's name in `buffer`; its value follows the name's NUL. */
    private readonly offsets: StaticArray<u32>,
    /** Every name and value byte is ASCII (< 0x80): bytes and strings then correspond 1:1. */
    public readonly isAscii: bool,
  ) {}

  private static empty(): HeaderSnapshot {
    return new HeaderSnapshot(new ArrayBuffer(0), new StaticArray<u32>(0), true);
  }

  /**
   * Reads a serialized map (the ABI format). Null when it is malformed (counts or lengths past
   * the end, missing NULs); an absent or empty buffer is an empty snapshot.
   */
  static parse(buf: ArrayBuffer | null): HeaderSnapshot | null {
    if (buf === null) return HeaderSnapshot.empty();
    const len = <usize>buf.byteLength;
    if (len <= 1) return HeaderSnapshot.empty(); // no bytes, or a single NUL
    const offsets = headerMapOffsets(buf);
    if (offsets === null) return null;
    const base = changetype<usize>(buf);
    const count = <usize>offsets.length;
    // The data area is names, values and NULs only: one pass tells whether all of it is ASCII.
    let high: u64 = 0;
    let p = base + 4 + 8 * count;
    const end = base + len;
    for (; p + 8 <= end; p += 8) high |= load<u64>(p);
    for (; p < end; p++) high |= <u64>load<u8>(p);
    return new HeaderSnapshot(buf, offsets, (high & 0x8080808080808080) == 0);
  }

  /** A snapshot of `pairs`, as the host would serialize them. */
  static fromPairs(pairs: HeaderPair[]): HeaderSnapshot {
    return HeaderSnapshot.parse(serializeHeaderMap(pairs))!;
  }

  /** Number of pairs (repeated names counted each time). */
  get length(): i32 {
    return this.offsets.length;
  }

  /** Address of pair `i`'s name bytes; valid while this snapshot is alive. */
  nameStart(i: i32): usize {
    return changetype<usize>(this.buffer) + <usize>unchecked(this.offsets[i]);
  }
  nameLength(i: i32): i32 {
    return <i32>load<u32>(changetype<usize>(this.buffer) + 4 + (<usize>i << 3));
  }
  /** Address of pair `i`'s value bytes; valid while this snapshot is alive. */
  valueStart(i: i32): usize {
    return this.nameStart(i) + <usize>this.nameLength(i) + 1;
  }
  valueLength(i: i32): i32 {
    return <i32>load<u32>(changetype<usize>(this.buffer) + 8 + (<usize>i << 3));
  }

  /** Whether pair `i` is named `name` (UTF-8 bytes, lower-case). */
  nameIs(i: i32, name: ArrayBuffer): bool {
    return bytesEqual(this.nameStart(i), this.nameLength(i), name);
  }

  /** Index of the first pair named `name` at or after `from`, or -1. */
  indexOf(name: ArrayBuffer, from: i32 = 0): i32 {
    for (let i = from, n = this.length; i < n; i++) if (this.nameIs(i, name)) return i;
    return -1;
  }

  /** How many pairs are named `name`. */
  countOf(name: ArrayBuffer): i32 {
    let count = 0;
    for (let i = 0, n = this.length; i < n; i++) if (this.nameIs(i, name)) count++;
    return count;
  }

  name(i: i32): string {
    return String.UTF8.decodeUnsafe(this.nameStart(i), <usize>this.nameLength(i), false);
  }
  value(i: i32): string {
    return String.UTF8.decodeUnsafe(this.valueStart(i), <usize>this.valueLength(i), false);
  }

  /** First value of `name` (lower-case) decoded, or null. */
  get(name: string): string | null {
    const i = this.indexOf(headerName(name));
    return i < 0 ? null : this.value(i);
  }

  /** Every pair decoded, in order (what HeaderMap.all() returns). */
  pairs(): HeaderPair[] {
    const n = this.length;
    const out = new Array<HeaderPair>(n);
    for (let i = 0; i < n; i++) unchecked((out[i] = new HeaderPair(this.name(i), this.value(i))));
    return out;
  }
}
