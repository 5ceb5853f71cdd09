// The ABI's serialized map format (spec "Serialization"): u32 count, then count pairs of
// (u32 key length, u32 value length), then each key and value followed by a NUL byte.
// Little-endian, which is wasm's native byte order.

/** One header (or trailer, or gRPC metadata) field. */
export class HeaderPair {
  constructor(public name: string, public value: string) {}
}

/** Serializes pairs for the host. */
export function serializeHeaderMap(pairs: HeaderPair[]): ArrayBuffer {
  const n = pairs.length;
  const names = new Array<ArrayBuffer>(n);
  const values = new Array<ArrayBuffer>(n);
  let size = 4 + 8 * n;
  for (let i = 0; i < n; i++) {
    const pair = unchecked(pairs[i]);
    const name = String.UTF8.encode(pair.name, false);
    const value = String.UTF8.encode(pair.value, false);
    unchecked((names[i] = name));
    unchecked((values[i] = value));
    size += name.byteLength + value.byteLength + 2;
  }
  const out = new ArrayBuffer(size);
  const base = changetype<usize>(out);
  store<u32>(base, <u32>n);
  let lengths = base + 4;
  let data = base + 4 + 8 * <usize>n;
  for (let i = 0; i < n; i++) {
    const name = unchecked(names[i]);
    const value = unchecked(values[i]);
    store<u32>(lengths, <u32>name.byteLength);
    store<u32>(lengths, <u32>value.byteLength, 4);
    lengths += 8;
    memory.copy(data, changetype<usize>(name), name.byteLength);
    data += name.byteLength;
    store<u8>(data++, 0);
    memory.copy(data, changetype<usize>(value), value.byteLength);
    data += value.byteLength;
    store<u8>(data++, 0);
  }
  return out;
}

/**
 * Checks a non-empty map the host returned (every count, length and NUL separator) and returns
 * where each pair's name starts, or null when it is malformed: nothing is read outside the
 * buffer. The one parser of the wire format; deserializeHeaderMap and HeaderSnapshot build on it.
 */
export function headerMapOffsets(buf: ArrayBuffer): StaticArray<u32> | null {
  const len = <usize>buf.byteLength;
  if (len < 4) return null;
  const base = changetype<usize>(buf);
  const count = <usize>load<u32>(base);
  // Each pair needs at least 8 bytes of lengths and 2 NULs.
  if (count > (len - 4) / 10) return null;
  const offsets = new StaticArray<u32>(<i32>count);
  let lengths = base + 4;
  let offset: usize = 4 + 8 * count;
  for (let i: usize = 0; i < count; i++) {
    const nameLen = <usize>load<u32>(lengths);
    const valueLen = <usize>load<u32>(lengths, 4);
    lengths += 8;
    if (nameLen > len || valueLen > len || offset + nameLen + valueLen + 2 > len) return null;
    if (load<u8>(base + offset + nameLen) != 0 || load<u8>(base + offset + nameLen + 1 + valueLen) != 0) return null;
    unchecked((offsets[<i32>i] = <u32>offset));
    offset += nameLen + valueLen + 2;
  }
  return offsets;
}

/**
 * Parses a map the host returned. Malformed input (counts or lengths that run past the end,
 * missing NUL separators) yields null rather than reading outside the buffer.
 */
export function deserializeHeaderMap(buf: ArrayBuffer | null): HeaderPair[] | null {
  const pairs = new Array<HeaderPair>();
  if (buf === null || buf.byteLength <= 1) return pairs; // empty map: no bytes, or a single NUL
  const offsets = headerMapOffsets(buf);
  if (offsets === null) return null;
  const base = changetype<usize>(buf);
  for (let i = 0; i < offsets.length; i++) {
    const nameLen = <usize>load<u32>(base + 4 + 8 * <usize>i);
    const valueLen = <usize>load<u32>(base + 8 + 8 * <usize>i);
    const name = base + <usize>unchecked(offsets[i]);
    pairs.push(new HeaderPair(String.UTF8.decodeUnsafe(name, nameLen, false), String.UTF8.decodeUnsafe(name + nameLen + 1, valueLen, false)));
  }
  return pairs;
}
